using System.Globalization;
using Microsoft.Playwright;

namespace NnLesson.Playground.Tests.Teach;

/// <summary>
/// The Teach page in real chromium: a whole folder dropped on a class card (walked recursively, only JPEG/PNG/WebP taken,
/// anything else named with the reason, the class's cap applied before a byte is sent), and a training stopped midway
/// whose head is kept, exported and named by the command with the epochs taken.
/// </summary>
public class TeachPageDropAndStopTests(TeachBrowserFixture fixture) : IClassFixture<TeachBrowserFixture>
{
    /// <summary>
    /// Drops a folder on card <paramref name="card"/>. A script cannot make a real dropped folder, so the drop carries
    /// FileSystemEntry objects shaped as chromium gives them (isFile/isDirectory, file(), createReader().readEntries()
    /// returning a batch a call, then an empty one), made of real files: folder: [[name, photo index or -1 for text, type]].
    /// </summary>
    private static Task DropFolderAsync(IPage page, int card, string folder, string[] photos, object[][] tree) =>
        page.EvaluateAsync(@"([card, folder, photos, tree]) => {
            const bytes = b64 => Uint8Array.from(atob(b64), c => c.charCodeAt(0));
            const fileEntry = (name, content, type) => {
                const file = new File([content], name, { type });
                return { name, isFile: true, isDirectory: false, file: ok => setTimeout(() => ok(file)) };
            };
            const dir = (name, children) => ({ name, isFile: false, isDirectory: true, createReader: () => {
                let at = 0;
                return { readEntries: ok => setTimeout(() => { const batch = children.slice(at, at + 2); at += batch.length; ok(batch); }) };
            } });
            const build = (name, items) => dir(name, items.map(([n, i, t]) => Array.isArray(i) ? build(n, i) : fileEntry(n, i < 0 ? 'not a photo' : bytes(photos[i]), t)));
            const root = build(folder, tree);
            const drop = new Event('drop', { bubbles: true, cancelable: true });
            Object.defineProperty(drop, 'dataTransfer', { value: { items: [{ kind: 'file', webkitGetAsEntry: () => root }], files: [] } });
            document.querySelectorAll('.card')[card].dispatchEvent(drop);
        }", new object[] { card, folder, photos, tree });

    private static string[] Base64(IEnumerable<string> files) => [.. files.Select(f => Convert.ToBase64String(File.ReadAllBytes(f)))];

    [NeedsBrowserAndPhotosFact]
    public async Task A_folder_dropped_on_a_card_is_walked_recursively_and_what_is_not_a_photo_is_named()
    {
        var (page, problems) = await TeachPageDriver.OpenAsync(fixture, "en", 1280, 720);
        var bees = Base64(TeachPageDriver.Photos("train", "bees")[..4]);
        await DropFolderAsync(page, 1, "bees", bees,
        [
            ["b0.jpg", 0, "image/jpeg"], ["notes.txt", -1, "text/plain"], [".hidden.jpg", 1, "image/jpeg"],
            ["more", new object[] { new object[] { "b1.jpg", 1, "image/jpeg" }, new object[] { "deeper", new object[] {
                new object[] { "b2.jpg", 2, "" }, new object[] { "b3.JPG", 3, "image/jpeg" } } } }, ""],
        ]);
        await TeachPageDriver.WaitUploadsAsync(page, 4);
        await page.WaitForFunctionAsync("() => document.body.dataset.rejected === '1'");
        Assert.Equal(0, await page.Locator(".card").Nth(0).Locator(".thumb img").CountAsync());
        Assert.Equal(4, await page.Locator(".card").Nth(1).Locator(".thumb img").CountAsync()); // b0, b1, b2 (named .jpg, no type), b3; not the hidden one
        Assert.Equal(["b0.jpg", "b1.jpg", "b2.jpg", "b3.JPG"],
            await page.Locator(".card").Nth(1).Locator(".thumb img").EvaluateAllAsync<string[]>("imgs => imgs.map(i => i.alt)"));
        Assert.Contains("'bees/notes.txt': not a JPEG, PNG or WebP image.", await page.InnerTextAsync("#rejected"));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        await page.CloseAsync();
    }

    [NeedsBrowserAndPhotosFact]
    public async Task A_folder_larger_than_a_classs_cap_fills_it_and_the_rest_is_named_unsent()
    {
        var (page, problems) = await TeachPageDriver.OpenAsync(fixture, "uk", 1280, 720);
        var limit = NnLesson.Playground.Teach.TeachLimits.MaxPhotosPerClass;
        var ant = Base64([TeachPageDriver.Photos("train", "ants")[0]]); // the same photo again and again: the cache answers all but the first
        var tree = Enumerable.Range(0, limit + 2).Select(i => new object[] { $"a{i:D3}.jpg", 0, "image/jpeg" }).ToArray();
        await DropFolderAsync(page, 0, "many", ant, tree);
        await TeachPageDriver.WaitUploadsAsync(page, limit, 600_000);
        await page.WaitForFunctionAsync("() => document.body.dataset.rejected === '2'");
        Assert.Equal(limit.ToString(CultureInfo.InvariantCulture), await TeachPageDriver.Data(page, "samples"));
        var rejected = await page.InnerTextAsync("#rejected");
        Assert.Matches($"«many/a{limit + 1:D3}.jpg»: у класі «[^»]+» вже {limit} фото — це межа.", rejected);
        Assert.Contains($"«many/a{limit:D3}.jpg»", rejected);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        await page.CloseAsync();
    }

    [NeedsBrowserAndPhotosFact]
    public async Task Training_stopped_midway_keeps_its_head_for_export_and_the_command_names_the_epochs_taken()
    {
        var (page, problems) = await TeachPageDriver.OpenAsync(fixture, "uk", 1280, 720);
        await page.Locator(".card input[type=file]").Nth(0).SetInputFilesAsync(TeachPageDriver.Photos("train", "ants")[..4]);
        await TeachPageDriver.WaitUploadsAsync(page, 4);
        await page.Locator(".card input[type=file]").Nth(1).SetInputFilesAsync(TeachPageDriver.Photos("train", "bees")[..4]);
        await TeachPageDriver.WaitUploadsAsync(page, 8);
        Assert.True(await page.Locator("#stop").IsHiddenAsync());

        await page.FillAsync("#epochs", "2000");
        await page.ClickAsync("#train");
        await page.WaitForFunctionAsync("() => Number(document.body.dataset.epoch) >= 1 && !document.getElementById('stop').hidden");
        Assert.True(await page.Locator("#train").IsDisabledAsync());
        await page.ClickAsync("#stop");
        await page.WaitForFunctionAsync("() => document.body.dataset.trained === '1'");
        Assert.Equal("1", await TeachPageDriver.Data(page, "stopped"));
        var epochs = int.Parse(await TeachPageDriver.Data(page, "epoch"), CultureInfo.InvariantCulture);
        Assert.InRange(epochs, 1, 1999);
        Assert.Contains($"зупинено після епохи {epochs}: голову збережено", await page.InnerTextAsync("#train-status"));
        Assert.Equal($"nnlesson teach my-classes --epochs {epochs}", await page.InnerTextAsync("#command"));
        Assert.True(await page.Locator("#stop").IsHiddenAsync());
        Assert.False(await page.Locator("#train").IsDisabledAsync());

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export"));
        var head = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.Contains($"\"epochs\": {epochs},", head);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        await page.CloseAsync();
    }
}
