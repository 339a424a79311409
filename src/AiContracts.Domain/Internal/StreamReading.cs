using System.Buffers;

namespace AiContracts.Domain.Internal;

/// <summary>
/// Reads a stream to its end into memory, refusing more than a size limit without reading further: the one bounded read
/// of the JSON pipeline and the CLI. A stream that can seek and is longer than the limit is refused before it is read,
/// and its buffer is sized once.
/// </summary>
internal static class StreamReading
{
    private const int ChunkSize = 81920;

    /// <summary>The stream's bytes, or null as soon as they exceed <paramref name="maxBytes"/>.</summary>
    internal static MemoryStream? ReadAll(Stream stream, long maxBytes)
    {
        var remaining = Remaining(stream);
        if (remaining > maxBytes)
        {
            return null;
        }

        var buffer = remaining <= Array.MaxLength ? new MemoryStream((int)remaining.Value) : new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (!Append(buffer, chunk, read, maxBytes))
                {
                    return null;
                }
            }

            return buffer;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    /// <summary>The stream's bytes, or null as soon as they exceed <paramref name="maxBytes"/>; asynchronously.</summary>
    internal static async ValueTask<MemoryStream?> ReadAllAsync(Stream stream, long maxBytes, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            int read;
            while ((read = await stream.ReadAsync(chunk.AsMemory(), cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (!Append(buffer, chunk, read, maxBytes))
                {
                    return null;
                }
            }

            return buffer;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    /// <summary>The bytes left in a stream that can seek; null when it cannot tell.</summary>
    private static long? Remaining(Stream stream)
    {
        try
        {
            return stream.CanSeek ? Math.Max(0, stream.Length - stream.Position) : null;
        }
        catch (Exception e) when (e is NotSupportedException or IOException)
        {
            return null;
        }
    }

    private static bool Append(MemoryStream buffer, byte[] chunk, int count, long maxBytes)
    {
        if (buffer.Length + count > maxBytes)
        {
            buffer.Dispose();
            return false;
        }

        buffer.Write(chunk, 0, count);
        return true;
    }
}
