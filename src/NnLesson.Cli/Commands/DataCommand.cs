using System.CommandLine;
using NnLesson.Core;
using NnLesson.Figures;
using NnLesson.Vision.Datasets;
using NnLesson.Vision.Models;

namespace NnLesson.Cli.Commands;

/// <summary>
/// `nnlesson data download fashion-mnist [--dir DIR] [--source URL]` — fetch the four gzip files of Fashion-MNIST from
/// the data set's official location (<see cref="FashionMnistFiles"/>) into the folder `train-cnn` searches, each verified
/// by size and SHA-256 before it is renamed into place (<see cref="FileDownloads"/>, as `model download` does).
/// </summary>
internal static class DataCommand
{
    public const string FashionMnistName = "fashion-mnist";

    public static Command Create(CliRuntime runtime)
    {
        var command = new Command("data", runtime.T("Завантаження набору даних (розмір і sha256 кожного файлу перевіряються).",
            "Download a data set (size and sha256 of every file verified)."));
        var lang = new Option<string>("--lang")
        {
            Description = runtime.T("Мова виводу: uk або en; типово — NNLESSON_LANG, інакше uk.", "Output language: uk or en; default NNLESSON_LANG, else uk."),
            DefaultValueFactory = _ => runtime.DefaultLangCode,
            Recursive = true,
        };
        lang.AcceptOnlyFromAmong("uk", "en");
        command.Options.Add(lang);
        command.Subcommands.Add(CreateDownload(runtime));
        return command;
    }

    private static Command CreateDownload(CliRuntime runtime)
    {
        var name = new Argument<string>("name") { Description = runtime.T($"Набір даних: {FashionMnistName}.", $"The data set: {FashionMnistName}.") };
        name.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (value != FashionMnistName)
            {
                result.AddError(runtime.T($"невідомий набір даних «{value}»; відомі: {FashionMnistName}.", $"Unknown data set '{value}'; known data sets: {FashionMnistName}."));
            }
        });
        var dir = new Option<string?>("--dir")
        {
            Description = runtime.T($"Папка для збереження (створюється, якщо її немає). Типово: {FashionMnist.DownloadFolder} — там її шукає train-cnn.",
                $"Folder to save into (created if missing). Default: {FashionMnist.DownloadFolder}, where train-cnn looks."),
        };
        var source = new Option<string?>("--source")
        {
            Description = runtime.T($"Дзеркало з файлами під їхніми звичайними назвами: базова адреса http(s) або папка. Типово: {FashionMnistFiles.Origin}",
                $"A mirror holding the files under their plain names: an http(s) base URL or a folder. Default: {FashionMnistFiles.Origin}"),
        };
        source.Validators.Add(result =>
        {
            try
            {
                DownloadSource.Parse(result.GetValueOrDefault<string?>() ?? "", "--source");
            }
            catch (LessonException e)
            {
                result.AddError(e.MessageIn(runtime.Lang == Lang.Uk));
            }
        });

        var command = new Command("download", runtime.T("Завантажити чотири файли Fashion-MNIST з офіційного джерела; кожен перевіряється (розмір, sha256) перед збереженням.",
            "Download the four Fashion-MNIST files from the official location; each is verified (size, sha256) before it is saved."));
        command.Arguments.Add(name);
        command.Options.Add(dir);
        command.Options.Add(source);
        command.SetAction(async (parse, cancellation) =>
        {
            var mirror = parse.GetValue(source) is { } text ? DownloadSource.Parse(text, "--source") : null;
            var folder = Path.GetFullPath(parse.GetValue(dir) ?? FashionMnist.DownloadFolder);
            var specs = FashionMnistFiles.All.Select(f => DownloadSource.SpecFor(f, mirror)).ToList();
            await FileDownloads.RunAsync(runtime, specs, folder, cancellation);
            var found = FashionMnist.Find();
            runtime.Output.WriteLine(found is not null && Path.GetFullPath(found) == folder
                ? runtime.T("Fashion-MNIST готовий: nnlesson train-cnn", "Fashion-MNIST is ready: nnlesson train-cnn")
                : runtime.T($"Fashion-MNIST готовий: nnlesson train-cnn --data {folder}", $"Fashion-MNIST is ready: nnlesson train-cnn --data {folder}"));
            return ExitCodes.Success;
        });
        return command;
    }
}
