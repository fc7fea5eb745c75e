namespace Bronbank.Web.Infrastructure;

/// <summary>
/// Caps request bodies in every host, including the in-process test server where Kestrel's own limit
/// does not apply: a declared length over the cap is refused at once, a chunked body when it passes it.
/// </summary>
internal static class RequestBodyLimit
{
    public const long DefaultBytes = 256 * 1024;

    /// <summary>A larger cap for one endpoint (imports): <c>.WithMetadata(new BodyLimit(bytes))</c>.</summary>
    public sealed record BodyLimit(long Bytes);

    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app, long defaultBytes = DefaultBytes) =>
        app.Use(async (context, next) =>
        {
            var maxBytes = context.GetEndpoint()?.Metadata.GetMetadata<BodyLimit>()?.Bytes ?? defaultBytes;
            if (context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } kestrel)
                kestrel.MaxRequestBodySize = maxBytes;
            if (context.Request.ContentLength > maxBytes) throw new BodyTooLargeException(maxBytes);
            if (context.Request.ContentLength is null && context.Request.Body.CanRead)
            {
                context.Request.Body = new LimitedReadStream(context.Request.Body, maxBytes);
            }
            await next(context);
        });

    private sealed class LimitedReadStream(Stream inner, long maxBytes) : Stream
    {
        private long _read;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken ct = default) =>
            Count(await inner.ReadAsync(buffer, ct));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken ct) =>
            ReadAsync(buffer.AsMemory(offset, count), ct).AsTask();

        private int Count(int n)
        {
            _read += n;
            return _read > maxBytes ? throw new BodyTooLargeException(maxBytes) : n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

internal sealed class BodyTooLargeException(long limit) : Exception("Request body too large.")
{
    public long Limit { get; } = limit;
}
