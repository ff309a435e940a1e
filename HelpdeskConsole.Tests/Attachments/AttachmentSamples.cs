using System.Text;

namespace HelpdeskConsole.Tests.Attachments;

/// <summary>Small files of each kind, as their first bytes make them (the content sniffing reads nothing else).</summary>
internal static class AttachmentSamples
{
    /// <summary>A real 1×1 PNG.</summary>
    public static byte[] Png => Convert.FromHexString(
        "89504E470D0A1A0A0000000D4948445200000001000000010806000000" +
        "1F15C4890000000D49444154789C63F8CFC0F01F0005000201A5D1B5B80000000049454E44AE426082");

    public static byte[] Jpeg => [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0x00, 0x01, 0x01, 0x00, 0xFF, 0xD9];

    public static byte[] Webp => [.. "RIFF"u8, 0x1A, 0x00, 0x00, 0x00, .. "WEBPVP8L"u8, 0x0D, 0x00, 0x00, 0x00, 0x2F, 0x00, 0x00, 0x00, 0x10];

    public static byte[] Gif => [.. "GIF89a"u8, 0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00, 0xFF, 0xFF, 0xFF, 0x00, 0x00, 0x00, 0x3B];

    public static byte[] Pdf => Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    public static byte[] Svg => Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(document.cookie)\"><circle r=\"5\"/></svg>");

    public static byte[] Html => Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><script>fetch('/api/tickets/events')</script></body></html>");

    public static byte[] Exe => [(byte)'M', (byte)'Z', 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF];

    public static byte[] Zip => [(byte)'P', (byte)'K', 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00];

    public static byte[] Text => Encoding.UTF8.GetBytes("Slip gaji bulan Maret: Rp 3.500.000");

    /// <summary>A RIFF file that is not WEBP (a WAV): the container alone is not enough.</summary>
    public static byte[] Wav => [.. "RIFF"u8, 0x24, 0x00, 0x00, 0x00, .. "WAVEfmt "u8, 0x10, 0x00, 0x00, 0x00];

    /// <summary>A PDF of exactly <paramref name="size"/> bytes.</summary>
    public static byte[] PdfOfSize(int size)
    {
        var bytes = new byte[size];
        "%PDF-1.7\n"u8.CopyTo(bytes);
        bytes.AsSpan(9).Fill((byte)'x');
        return bytes;
    }
}

/// <summary>A stream that neither seeks nor tells its length, as a network upload is: the store must count for itself.</summary>
internal sealed class UnseekableStream(byte[] content) : Stream
{
    private readonly MemoryStream inner = new(content);

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
