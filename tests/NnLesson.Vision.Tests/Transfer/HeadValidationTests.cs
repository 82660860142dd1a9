using System.Diagnostics;
using System.Text.Json.Nodes;
using NnLesson.Core;
using NnLesson.Core.Transfer;
using NnLesson.Vision.Transfer;

namespace NnLesson.Vision.Tests.Transfer;

/// <summary>
/// Probe G4, G5, G6, G10, G14 (December 2026): a tampered head.json gave bug-path texts, NaN probabilities or was
/// accepted; /dev/zero, a FIFO or a huge file as --head was read whole (or hung). Each case is refused with one
/// line naming the bad field or the file's problem. The heads have this ResNet-18's D = 512 features, as teach writes.
/// </summary>
public class HeadValidationTests
{
    private const int D = 512;

    private static JsonObject ValidHead(int classes = 2)
    {
        var rng = new Random(11);
        var head = SoftmaxHead.Initial(classes, D, rng);
        var mean = Enumerable.Range(0, D).Select(_ => rng.NextDouble() * 0.1).ToArray();
        var std = Enumerable.Range(0, D).Select(_ => 0.01 + rng.NextDouble() * 0.05).ToArray();
        var names = Enumerable.Range(0, classes).Select(k => k switch { 0 => "ants", 1 => "bees", _ => $"c{k}" }).ToArray();
        return HeadFile.ToJson(new TrainedHead(names, new FeatureStandardizer(mean, std), head), FeatureExtraction.ModelKey, []);
    }

    private static string Save(JsonNode json)
    {
        var path = Path.Combine(RepoPaths.NewTempFolder(), "head.json");
        File.WriteAllText(path, json.ToJsonString());
        return path;
    }

    private static string Refusal(string path)
    {
        var e = Assert.ThrowsAny<LessonException>(() => HeadFile.Read(path, FeatureExtraction.ModelKey));
        Assert.DoesNotContain("Object reference", e.Message);
        Assert.DoesNotContain("Exception", e.Message);
        Assert.DoesNotContain("\n", e.Message);
        return e.Message;
    }

    [Fact]
    public void A_valid_head_of_this_network_reads()
    {
        var head = HeadFile.Read(Save(ValidHead()), FeatureExtraction.ModelKey);
        Assert.Equal(["ants", "bees"], head.ClassNames);
    }

    public static TheoryData<string, string> Tamperings => new()
    {
        { "format a number", "no \"format\"" },
        { "no bias", "\"bias\" is missing" },
        { "no standardization", "\"standardization\" is missing" },
        { "no std", "\"standardization.std\" is missing" },
        { "class null", "\"classes[0]\" is not a class name" },
        { "duplicate classes", "\"classes[1]\" class 'ants' is named twice" },
        { "tiny std", "\"standardization.std\" std[0] = 5E-324 does not give finite standardised features" },
        { "version text", "\"version\" must be a whole number" },
        { "weights object", "\"weights\" must be a list of weight rows" },
        { "weight text", "\"weights[1][7]\" is not a finite number" },
        { "features 10", "is for 10 features; this ResNet-18 gives 512" },
        { "all arrays 10", "is for 10 features; this ResNet-18 gives 512" },
    };

    [Theory]
    [MemberData(nameof(Tamperings))]
    public void A_tampered_head_is_refused_with_one_line_naming_the_field(string tampering, string expected)
    {
        var json = ValidHead();
        var standardization = json["standardization"]!.AsObject();
        switch (tampering)
        {
            case "format a number": json["format"] = 1; break;
            case "no bias": json.Remove("bias"); break;
            case "no standardization": json.Remove("standardization"); break;
            case "no std": standardization.Remove("std"); break;
            case "class null": json["classes"] = new JsonArray(null, "bees"); break;
            case "duplicate classes": json["classes"] = new JsonArray("ants", "ants"); break;
            case "tiny std": standardization["std"]![0] = 5e-324; break;
            case "version text": json["version"] = "1"; break;
            case "weights object": json["weights"] = new JsonObject(); break;
            case "weight text": json["weights"]![1]![7] = "0.5"; break;
            case "features 10": json["model"]!["features"] = 10; break;
            case "all arrays 10":
                json["model"]!["features"] = 10;
                foreach (var array in new[] { standardization["mean"]!, standardization["std"]!, json["weights"]![0]!, json["weights"]![1]! })
                {
                    while (array.AsArray().Count > 10)
                    {
                        array.AsArray().RemoveAt(10);
                    }
                }
                break;
        }
        Assert.Contains(expected, Refusal(Save(json)));
    }

    [Fact]
    public void More_classes_than_teach_allows_are_refused()
    {
        Assert.Contains("\"classes\" 101 classes; a head has 2 to 100", Refusal(Save(ValidHead(101))));
    }

    [Fact]
    public void A_device_is_refused_without_being_read()
    {
        Assert.Contains("character device, not a regular file", Refusal("/dev/zero"));
    }

    [Fact]
    public async Task A_fifo_is_refused_without_blocking()
    {
        var fifo = Path.Combine(RepoPaths.NewTempFolder(), "head.json");
        using (var mkfifo = Process.Start("mkfifo", [fifo])!)
        {
            await mkfifo.WaitForExitAsync();
        }
        var read = Task.Run(() => Refusal(fifo));
        if (await Task.WhenAny(read, Task.Delay(TimeSpan.FromSeconds(20))) != read)
        {
            await using (new FileStream(fifo, FileMode.Open, FileAccess.Write))
            {
            }
            await read.ContinueWith(_ => { });
            Assert.Fail("reading a FIFO as the head blocked");
        }
        Assert.Contains("FIFO", await read);
    }

    [Fact]
    public void A_huge_head_is_refused_from_its_size_before_it_is_read()
    {
        var path = Path.Combine(RepoPaths.NewTempFolder(), "huge.json");
        using (var file = new FileStream(path, FileMode.CreateNew))
        {
            file.SetLength(734L * 1024 * 1024); // sparse: costs no disk
        }
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var message = Refusal(path);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - allocated < 16 << 20, "the head was read before its size was checked");
        Assert.Contains("is 734 MB; the limit is 8 MB", message);
    }
}
