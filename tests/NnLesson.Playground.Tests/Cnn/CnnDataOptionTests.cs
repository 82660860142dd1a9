using NnLesson.Cli;

namespace NnLesson.Playground.Tests.Cnn;

/// <summary>`nnlesson playground --data DIR`: a folder without the four IDX files is a usage error in one line, before any server starts.</summary>
public class CnnDataOptionTests
{
    [Theory]
    [InlineData("en", "--data: '{0}' does not hold the four IDX files (train-images-idx3-ubyte, train-labels-idx1-ubyte, t10k-images-idx3-ubyte, t10k-labels-idx1-ubyte, optionally .gz).")]
    [InlineData("uk", "--data: у «{0}» немає чотирьох файлів IDX")]
    public void A_folder_without_the_idx_files_is_refused_in_one_line(string lang, string message)
    {
        var folder = RepoPaths.NewTempFolder("not-idx");
        File.WriteAllText(Path.Combine(folder, "train-images-idx3-ubyte"), "only one of the four");
        var error = new StringWriter();
        var code = NnLessonApp.Run(["playground", "--data", folder, "--port", "0", "--no-browser", "--lang", lang], TextWriter.Null, error);
        Assert.Equal(2, code);
        Assert.Contains(string.Format(message, folder), Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }
}
