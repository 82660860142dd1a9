namespace NnLesson.Cli.Tests.FreshMachine;

/// <summary>
/// How the tests decide that their input is missing (and so skip instead of failing): the browser search and the
/// shared-data check, each given a made-up machine.
/// </summary>
public class NeedsTests
{
    private static Func<string, string?> Env(params (string Name, string Value)[] vars) =>
        name => vars.FirstOrDefault(v => v.Name == name).Value;

    private static string Exe(string path) => OperatingSystem.IsWindows() ? path + ".exe" : path;

    [Fact]
    public void The_variable_names_the_browser_even_when_another_is_on_path()
    {
        var onPath = Path.Combine("bin", Exe("chromium"));
        var named = Path.GetFullPath(Path.Combine("opt", "my-edge"));
        var env = Env((NeedsBrowser.Variable, named), ("PATH", "bin"));

        Assert.Equal(named, NeedsBrowser.Find(env, path => path == named || path == onPath));
    }

    [Fact]
    public void A_variable_naming_a_missing_file_finds_nothing_rather_than_another_browser()
    {
        var env = Env((NeedsBrowser.Variable, "/no/such/browser"), ("PATH", "bin"));

        Assert.Null(NeedsBrowser.Find(env, path => path == Path.Combine("bin", Exe("chromium"))));
    }

    [Fact]
    public void Path_is_searched_in_order_and_chrome_or_edge_count_as_well_as_chromium()
    {
        var first = Path.Combine("first", Exe("msedge"));
        var second = Path.Combine("second", Exe("chromium"));
        var env = Env(("PATH", string.Join(Path.PathSeparator, "empty", "first", "second")));

        Assert.Equal(first, NeedsBrowser.Find(env, path => path == first || path == second));
    }

    [Fact]
    public void Without_path_hits_the_usual_install_location_of_this_system_is_found()
    {
        var usual = OperatingSystem.IsWindows()
            ? Path.Combine(@"C:\Program Files", "Google", "Chrome", "Application", "chrome.exe")
            : OperatingSystem.IsMacOS()
                ? "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"
                : "/usr/bin/chromium";
        var env = Env(("PATH", "nowhere"), ("ProgramFiles", @"C:\Program Files"));

        Assert.Equal(usual, NeedsBrowser.Find(env, path => path == usual));
    }

    [Fact]
    public void No_browser_anywhere_finds_nothing()
    {
        Assert.Null(NeedsBrowser.Find(Env(("PATH", "bin")), _ => false));
    }

    [Fact]
    public void An_empty_shared_folder_is_reported_missing_with_the_first_missing_item()
    {
        var folder = RepoPaths.NewTempFolder("empty-shared");

        var reason = NeedsShared.FindMissing(folder);

        Assert.NotNull(reason);
        Assert.Contains(Path.Combine(folder, NeedsShared.Items[0]), reason);
        Assert.Contains("NNLESSON_SHARED", reason);
    }

    [Fact]
    public void A_shared_folder_with_every_item_is_complete_and_one_missing_item_is_named()
    {
        var folder = RepoPaths.NewTempFolder("full-shared");
        foreach (var item in NeedsShared.Items)
        {
            var path = Path.Combine(folder, item);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            if (Path.HasExtension(path))
            {
                File.WriteAllText(path, "x");
            }
            else
            {
                Directory.CreateDirectory(path);
            }
        }
        Assert.Null(NeedsShared.FindMissing(folder));

        var last = Path.Combine(folder, NeedsShared.Items[^1]);
        Directory.Delete(last);
        Assert.Contains(last, NeedsShared.FindMissing(folder));
    }
}
