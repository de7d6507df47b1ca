namespace QuantumDsl.Export;

/// <summary>Opens export files: a new file, never an existing one unless asked, with a message naming the path.</summary>
public static class ResultFiles
{
    /// <summary>Creates <paramref name="path"/> (and its directory); an existing file only when <paramref name="overwrite"/>.</summary>
    /// <exception cref="IOException">The file exists and <paramref name="overwrite"/> is false (the message names it).</exception>
    public static FileStream Create(string path, bool overwrite)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } directory)
        {
            Directory.CreateDirectory(directory);
        }

        try
        {
            return new FileStream(path, overwrite ? FileMode.Create : FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException) when (!overwrite && File.Exists(path))
        {
            throw new IOException($"{path} already exists; choose another name or allow overwriting");
        }
    }
}
