using System.Text.Encodings.Web;
using System.Text.Json;

namespace NnLesson.Cli.Classify;

/// <summary>
/// The machine-readable answer of `classify --json`, and nothing else on stdout:
/// <c>[{"image": "...", "backend": "onnx"|"fallback", "model": "...", "top": [{"index": 0, "label": "...", "probability": 0.0}]}]</c>,
/// one object per classified photo in input order, top classes most probable first.
/// </summary>
internal static class ClassifyJson
{
    public static void Write(TextWriter output, IReadOnlyList<ClassifiedImage> results)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Indented = true,
            // File names and labels stay readable (Cyrillic, apostrophes); this is a file, not HTML.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            json.WriteStartArray();
            foreach (var item in results)
            {
                json.WriteStartObject();
                json.WriteString("image", item.Image);
                json.WriteString("backend", item.Result.Backend);
                json.WriteString("model", item.Result.Model);
                json.WriteStartArray("top");
                foreach (var prediction in item.Result.Top)
                {
                    json.WriteStartObject();
                    json.WriteNumber("index", prediction.Index);
                    json.WriteString("label", prediction.Label);
                    json.WriteNumber("probability", prediction.Probability);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        output.Flush();
    }
}
