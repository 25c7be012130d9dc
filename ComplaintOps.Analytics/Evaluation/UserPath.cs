namespace ComplaintOps.Analytics.Evaluation;

/// <summary>
/// A file path as the user typed it. <c>dotnet run --project ComplaintOps.Web</c> starts the app in the project folder (its
/// launch profile), so a relative path is resolved against the shell's folder (<c>PWD</c>, set by Unix shells) when it
/// does not exist relative to the process's own folder.
/// </summary>
public static class UserPath
{
    public static string Resolve(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Path.IsPathRooted(path) || File.Exists(path))
        {
            return path;
        }

        var shell = Environment.GetEnvironmentVariable("PWD");
        return string.IsNullOrEmpty(shell) ? path : Path.GetFullPath(Path.Combine(shell, path));
    }
}
