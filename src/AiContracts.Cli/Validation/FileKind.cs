using System.Runtime.InteropServices;

namespace AiContracts.Cli.Validation;

/// <summary>
/// What kind of file a path names, links followed. .NET reports FIFOs, sockets and devices as ordinary files
/// (<see cref="FileAttributes.Normal"/>), and opening a FIFO blocks until a writer appears; on Linux the kind comes from
/// <c>statx(2)</c>, whose layout is the same on every architecture.
/// </summary>
internal static partial class FileKind
{
    private const int AtFdCwd = -100;
    private const uint StatxType = 0x1;
    private const int ModeOffset = 28;
    private const ushort TypeMask = 0xF000;
    private const ushort RegularFile = 0x8000;
    private const ushort Directory = 0x4000;

    /// <summary>Whether the path names something other than a regular file (a FIFO, socket or device).</summary>
    /// <param name="path">The path.</param>
    /// <returns>True when it is known to be special; false for a regular file, a path that cannot be examined (its read reports why), and on systems other than Linux.</returns>
    public static bool IsSpecial(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        Span<byte> buffer = stackalloc byte[256];
        if (Statx(AtFdCwd, path, 0, StatxType, buffer) != 0)
        {
            return false;
        }

        var mode = MemoryMarshal.Read<ushort>(buffer[ModeOffset..]);
        return (mode & TypeMask) != RegularFile && (mode & TypeMask) != Directory;
    }

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int directory, string path, int flags, uint mask, Span<byte> buffer);
}
