using System.CommandLine;
using System.Net;
using System.Runtime.CompilerServices;

namespace NnLesson.Cli.Commands;

/// <summary>
/// `nnlesson playground [--port N] [--host ADDR] [--no-browser] [--lang uk|en] [--data DIR]`: serves the live playground until
/// Ctrl+C. This file names no type of NnLesson.Playground (or ASP.NET Core): <see cref="PlaygroundLauncher"/> does,
/// so those assemblies load only when this command runs and every other command starts as fast as before.
/// </summary>
internal static class PlaygroundCommand
{
    public const int DefaultPort = 5005;

    public static Command Create(CliRuntime runtime)
    {
        var port = new Option<int>("--port") { Description = runtime.T($"TCP-порт (0 — будь-який вільний; адресу буде надруковано). Типово {DefaultPort}.", $"TCP port (0 = any free port; the URL is printed). Default {DefaultPort}."), DefaultValueFactory = _ => DefaultPort };
        var host = new Option<string>("--host")
        {
            Description = runtime.T("Адреса для прослуховування. Типово 127.0.0.1 (лише цей комп’ютер); напр. 0.0.0.0 відкриває сторінку для мережі аудиторії.", "Address to listen on. Default 127.0.0.1 (this computer only); e.g. 0.0.0.0 opens it to the classroom network."),
            DefaultValueFactory = _ => "127.0.0.1",
        };
        var noBrowser = new Option<bool>("--no-browser") { Description = runtime.T("Не відкривати сторінку в типовому браузері.", "Do not open the page in the default browser.") };
        var lang = new Option<string>("--lang") { Description = runtime.T("Мова сторінки: uk (українська) або en (англійська); типово — NNLESSON_LANG, інакше uk.", "Language of the page: uk (Ukrainian) or en (English); default NNLESSON_LANG, else uk."), DefaultValueFactory = _ => runtime.DefaultLangCode };
        lang.AcceptOnlyFromAmong("uk", "en");
        var data = new Option<string?>("--data")
        {
            Description = runtime.T("Папка з чотирма файлами IDX для сторінки CNN (/cnn). Типово: Fashion-MNIST там, куди його кладе Debian чи 'data download'.",
                "Folder with the four IDX files for the CNN page (/cnn). Default: Fashion-MNIST where Debian or 'data download' puts it."),
        };
        data.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } folder && !Vision.Datasets.IdxDataSet.Has(folder))
            {
                result.AddError(runtime.T($"--data: у «{folder}» немає чотирьох файлів IDX ({string.Join(", ", Vision.Datasets.IdxDataSet.FileStems)}, можна .gz).",
                    $"--data: '{folder}' does not hold the four IDX files ({string.Join(", ", Vision.Datasets.IdxDataSet.FileStems)}, optionally .gz)."));
            }
        });
        OptionRules.Range(port, 0, 65535, "--port", runtime.Lang);
        host.Validators.Add(result =>
        {
            var text = result.GetValueOrDefault<string>();
            if (ParseHost(text) is null)
            {
                result.AddError(runtime.T($"--host має бути IP-адресою на зразок 127.0.0.1 чи 0.0.0.0 або localhost (дано «{text}»).", $"--host must be an IP address such as 127.0.0.1 or 0.0.0.0, or localhost (got '{text}')."));
            }
        });

        var command = new Command("playground",
            runtime.T("Жива пісочниця в браузері: навчайте MLP зі слайда 5 (1–4 прихованих шари) крок за кроком і стежте за кожним нейроном; /cnn — CNN навчається на Fashion-MNIST. Ctrl+C зупиняє.",
                "A live playground in the browser: train the slide-5 MLP (1–4 hidden layers) step by step and watch every unit; /cnn: a CNN learns Fashion-MNIST. Ctrl+C stops it."));
        foreach (var option in new Option[] { port, host, noBrowser, lang, data })
        {
            command.Options.Add(option);
        }
        command.SetAction(parse => RunServer(runtime, ParseHost(parse.GetValue(host))!, parse.GetValue(port), !parse.GetValue(noBrowser), parse.GetValue(lang)!, parse.GetValue(data)));
        return command;
    }

    /// <summary>
    /// "localhost" → 127.0.0.1; an IP literal → itself (an IPv4-mapped IPv6 one, ::ffff:a.b.c.d, → a.b.c.d, which a
    /// socket can bind: the mapped form gave "Invalid argument"); anything else → null.
    /// </summary>
    internal static IPAddress? ParseHost(string? text) =>
        string.Equals(text, "localhost", StringComparison.OrdinalIgnoreCase) ? IPAddress.Loopback
        : IPAddress.TryParse(text, out var address) ? (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address) : null;

    [MethodImpl(MethodImplOptions.NoInlining)] // keeps the launcher (and ASP.NET Core) out of the JIT until the command runs
    private static int RunServer(CliRuntime runtime, IPAddress address, int port, bool openBrowser, string lang, string? cnnData) =>
        PlaygroundLauncher.Run(runtime, address, port, openBrowser, lang, cnnData);
}
