using System.Buffers;
using System.Security.Cryptography;
using HelpdeskConsole.Data;
using Microsoft.Extensions.Options;

namespace HelpdeskConsole.Attachments;

/// <summary>
/// The attachment files under the data directory. Each is named by a random key (nothing the sender typed
/// ever reaches a path), written to <c>.incoming/</c> first and renamed into place only when complete, so a
/// half-written file is never mistaken for evidence. The size limit is enforced on the bytes actually read,
/// whatever the request claimed.
/// </summary>
public sealed class AttachmentStore(IOptions<HelpdeskOptions> helpdesk, IOptions<AttachmentOptions> options)
{
    private const int KeyLength = 32;
    private const int BufferSize = 81_920;

    public string RootDirectory => helpdesk.Value.AttachmentsDirectory;

    private string IncomingDirectory => Path.Combine(RootDirectory, ".incoming");

    /// <summary>
    /// Reads <paramref name="content"/> to its end (or until it passes the limit), checks what it is, and keeps
    /// it. Nothing is left on disk when the file is refused or reading fails.
    /// </summary>
    public async Task<StoreResult> SaveAsync(Stream content, CancellationToken cancellationToken = default)
    {
        var maxBytes = options.Value.MaxBytes;
        var header = new byte[AttachmentContent.HeaderLength];
        var headerLength = await content.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken);
        if (headerLength == 0)
        {
            return StoreResult.Refused(AttachmentProblem.Empty);
        }

        // Refused before a byte is written: a wrong type never touches the disk.
        if (AttachmentContent.Sniff(header.AsSpan(0, headerLength)) is not { } contentType)
        {
            return StoreResult.Refused(AttachmentProblem.UnsupportedType);
        }

        Directory.CreateDirectory(IncomingDirectory);
        var key = RandomNumberGenerator.GetHexString(KeyLength, lowercase: true);
        var incoming = Path.Combine(IncomingDirectory, key + ".part");
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            long size = headerLength;
            await using (var file = new FileStream(incoming, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous))
            {
                hash.AppendData(header, 0, headerLength);
                await file.WriteAsync(header.AsMemory(0, headerLength), cancellationToken);
                int read;
                while ((read = await content.ReadAsync(buffer.AsMemory(0, BufferSize), cancellationToken)) > 0)
                {
                    size += read;
                    if (size > maxBytes)
                    {
                        break;
                    }

                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }

                if (size <= maxBytes)
                {
                    // On disk before the database row that points at it can commit.
                    await file.FlushAsync(cancellationToken);
                    file.Flush(flushToDisk: true);
                }
            }

            if (size > maxBytes)
            {
                TryDelete(incoming);
                return StoreResult.Refused(AttachmentProblem.TooLarge);
            }

            var target = PathOf(key);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(incoming, target, overwrite: false);
            return StoreResult.Stored(new StoredFile(key, contentType, size, Convert.ToHexStringLower(hash.GetHashAndReset())));
        }
        catch
        {
            TryDelete(incoming);
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Opens a stored file after checking it is the one that was stored (size and SHA-256); null when it is
    /// missing or changed on disk. The stream is positioned at the start.
    /// </summary>
    public async Task<Stream?> OpenVerifiedAsync(string key, long size, string sha256, CancellationToken cancellationToken = default)
    {
        var path = PathOf(key);
        FileStream file;
        try
        {
            file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.Asynchronous);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }

        try
        {
            if (file.Length != size
                || !string.Equals(Convert.ToHexStringLower(await SHA256.HashDataAsync(file, cancellationToken)), sha256, StringComparison.Ordinal))
            {
                await file.DisposeAsync();
                return null;
            }

            file.Position = 0;
            return file;
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    /// <summary>Removes a stored file (after its database row could not be written). Missing files are fine.</summary>
    public void Delete(string key) => TryDelete(PathOf(key));

    public bool Exists(string key) => File.Exists(PathOf(key));

    /// <summary>Where a key's file lives: two-character folders keep any one directory small.</summary>
    public string PathOf(string key)
    {
        if (key.Length != KeyLength || !key.All(char.IsAsciiHexDigitLower))
        {
            throw new ArgumentException("Not an attachment storage key.", nameof(key));
        }

        return Path.Combine(RootDirectory, key[..2], key);
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: a leftover in .incoming is never referenced and can be removed by hand.
        }
    }
}

/// <summary>A file kept on disk, not yet (or no longer) referenced by the database.</summary>
public sealed record StoredFile(string Key, string ContentType, long Size, string Sha256);

public sealed record StoreResult(StoredFile? File, AttachmentProblem? Problem)
{
    public static StoreResult Stored(StoredFile file) => new(file, null);

    public static StoreResult Refused(AttachmentProblem problem) => new(null, problem);
}
