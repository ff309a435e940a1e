using System.Security.Cryptography;
using HelpdeskConsole.Attachments;
using HelpdeskConsole.Data;
using Microsoft.Extensions.Options;

namespace HelpdeskConsole.Tests.Attachments;

public sealed class AttachmentStoreTests : IDisposable
{
    private const int MaxBytes = 4096;
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("helpdesk-store-").FullName;
    private readonly AttachmentStore store;

    public AttachmentStoreTests()
    {
        store = new AttachmentStore(
            Options.Create(new HelpdeskOptions { ResolvedDataDirectory = dataDirectory }),
            Options.Create(new AttachmentOptions { MaxBytes = MaxBytes }));
    }

    public void Dispose() => Directory.Delete(dataDirectory, recursive: true);

    private string[] FilesOnDisk() =>
        Directory.Exists(store.RootDirectory) ? Directory.GetFiles(store.RootDirectory, "*", SearchOption.AllDirectories) : [];

    [Fact]
    public async Task Save_Pdf_KeepsItUnderTheDataDirectoryByRandomNameWithItsChecksum()
    {
        var content = AttachmentSamples.Pdf;

        var result = await store.SaveAsync(new UnseekableStream(content));

        var file = Assert.IsType<StoredFile>(result.File);
        Assert.Equal(AttachmentContent.Pdf, file.ContentType);
        Assert.Equal(content.Length, file.Size);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), file.Sha256);
        Assert.Matches("^[0-9a-f]{32}$", file.Key);
        var path = Assert.Single(FilesOnDisk());
        Assert.Equal(store.PathOf(file.Key), path);
        Assert.StartsWith(Path.Combine(dataDirectory, "attachments") + Path.DirectorySeparatorChar, path, StringComparison.Ordinal);
        Assert.Equal(content, await File.ReadAllBytesAsync(path));
    }

    [Fact]
    public async Task Save_ExactlyTheLimit_IsAccepted()
    {
        var result = await store.SaveAsync(new UnseekableStream(AttachmentSamples.PdfOfSize(MaxBytes)));

        Assert.Equal(MaxBytes, result.File?.Size);
    }

    [Fact]
    public async Task Save_OneByteOverTheLimitFromAStreamWithoutLength_IsRefusedAndLeavesNothing()
    {
        var result = await store.SaveAsync(new UnseekableStream(AttachmentSamples.PdfOfSize(MaxBytes + 1)));

        Assert.Null(result.File);
        Assert.Equal(AttachmentProblem.TooLarge, result.Problem);
        Assert.Empty(FilesOnDisk());
    }

    [Fact]
    public async Task Save_Empty_IsRefusedAndLeavesNothing()
    {
        var result = await store.SaveAsync(new UnseekableStream([]));

        Assert.Equal(AttachmentProblem.Empty, result.Problem);
        Assert.Empty(FilesOnDisk());
    }

    [Theory]
    [InlineData("svg")]
    [InlineData("html")]
    [InlineData("exe")]
    public async Task Save_NotAnImageOrPdf_IsRefusedBeforeAnythingIsWritten(string kind)
    {
        var content = kind switch
        {
            "svg" => AttachmentSamples.Svg,
            "html" => AttachmentSamples.Html,
            _ => AttachmentSamples.Exe,
        };

        var result = await store.SaveAsync(new UnseekableStream(content));

        Assert.Equal(AttachmentProblem.UnsupportedType, result.Problem);
        Assert.False(Directory.Exists(Path.Combine(store.RootDirectory, ".incoming")), "nothing should even be started on disk");
    }

    [Fact]
    public async Task Save_ReadFails_LeavesNoPartialFile()
    {
        await using var failing = new FailingAfterHeaderStream(AttachmentSamples.PdfOfSize(3000));

        await Assert.ThrowsAsync<IOException>(() => store.SaveAsync(failing));

        Assert.Empty(FilesOnDisk());
    }

    [Fact]
    public async Task OpenVerified_FileChangedOnDisk_ReturnsNull()
    {
        var file = (await store.SaveAsync(new MemoryStream(AttachmentSamples.Png))).File!;
        var bytes = await File.ReadAllBytesAsync(store.PathOf(file.Key));
        bytes[^1] ^= 0xFF;
        await File.WriteAllBytesAsync(store.PathOf(file.Key), bytes);

        Assert.Null(await store.OpenVerifiedAsync(file.Key, file.Size, file.Sha256));
    }

    [Fact]
    public async Task OpenVerified_Intact_ReturnsTheContentFromTheStart()
    {
        var file = (await store.SaveAsync(new MemoryStream(AttachmentSamples.Png))).File!;

        await using var opened = await store.OpenVerifiedAsync(file.Key, file.Size, file.Sha256);

        using var copy = new MemoryStream();
        await opened!.CopyToAsync(copy);
        Assert.Equal(AttachmentSamples.Png, copy.ToArray());
    }

    [Fact]
    public async Task OpenVerified_MissingFile_ReturnsNull()
    {
        var file = (await store.SaveAsync(new MemoryStream(AttachmentSamples.Png))).File!;
        store.Delete(file.Key);

        Assert.Null(await store.OpenVerifiedAsync(file.Key, file.Size, file.Sha256));
    }

    [Theory]
    [InlineData("../../../etc/passwd")]
    [InlineData("0123456789ABCDEF0123456789ABCDEF")]
    [InlineData("")]
    public void PathOf_AnythingButAStorageKey_Throws(string key)
    {
        Assert.Throws<ArgumentException>(() => store.PathOf(key));
    }

    /// <summary>Gives the first bytes, then fails as a dropped connection would.</summary>
    private sealed class FailingAfterHeaderStream(byte[] content) : Stream
    {
        private int position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (position >= 100)
            {
                throw new IOException("The connection was reset.");
            }

            var n = Math.Min(count, 100 - position);
            Array.Copy(content, position, buffer, offset, n);
            position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
