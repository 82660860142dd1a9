namespace NnLesson.Figures.Slide8;

/// <summary>
/// The Ukrainian and English text of the pipeline figure, in one place so both read as a whole. Numbers in it
/// are written by <see cref="NumberText"/> for each language.
/// </summary>
internal static class PipelineTexts
{
    public static readonly Localized Title = new(
        "Конвеєр класифікації: від пікселів до ймовірностей",
        "The classification pipeline: from pixels to probabilities");

    public static Localized Subtitle(string photo, string? model) => model is null
        ? new($"Фото «{photo}» · моделі немає: етапи 3–4 потребують навченої CNN",
              $"Photo “{photo}” · no model: stages 3–4 need a trained CNN")
        : new($"Фото «{photo}» · модель {model} (ONNX Runtime, CPU) · усі числа з цього запуску",
              $"Photo “{photo}” · model {model} (ONNX Runtime, CPU) · every number is from this run");

    /// <summary>The subtitle when stages 2–3 are <paramref name="network"/> and stage 4 is the classifier <paramref name="model"/>.</summary>
    public static Localized Subtitle(string photo, string network, string model) => new(
        $"Фото «{photo}» · етапи 2–3: {network}, обчислена з нуля · етап 4: класифікатор {model} (ONNX Runtime, CPU)",
        $"Photo “{photo}” · stages 2–3: {network}, computed from scratch · stage 4: the classifier {model} (ONNX Runtime, CPU)");

    // Stage headers and one-line explanations.
    public static readonly Localized Stage1 = new("Сирі пікселі", "Raw pixels");
    public static readonly Localized Stage1Note = new("фото — це масив чисел", "a photo is numbers");
    public static readonly Localized Stage2 = new("Попередня обробка", "Preprocessing");
    public static readonly Localized Stage3 = new("Що бачить CNN", "What the CNN sees");
    public static readonly Localized Stage3Note = new("карти ознак першого шару", "feature maps of the first layer");
    public static readonly Localized Stage4 = new("Ймовірності", "Probabilities");
    public static readonly Localized Stage4Note = new("softmax по 1000 класах", "softmax over 1000 classes");

    public static readonly Localized Stage2Note = new("масштабування → кадрування → (x − μ) / σ", "resize → crop → normalise");

    /// <summary>Stage 2's note when its tensor is ResNet-18's own input.</summary>
    public static readonly Localized Stage2MeanImageNote = new("масштабування → кадрування → BGR − M", "resize → crop → BGR − M");

    /// <summary>Stage 3's note naming the network whose maps are shown.</summary>
    public static Localized Stage3NetworkNote(string network) => new($"{network}: карти першого шару", $"{network}: first-layer maps");

    /// <summary>Stage 4's note naming the classifier when stage 3 shows another network.</summary>
    public static Localized Stage4ModelNote(string model) => new($"модель {model}", $"model {model}");

    // Stage 1.
    public static readonly Localized HeightWidthChannels = new("висота × ширина × канали", "height × width × channels");
    public static readonly Localized Uint8Range = new("uint8: цілі 0…255", "uint8: integers 0…255");

    public static Localized CentrePixel(int y, int x) => new($"піксель (y={y}, x={x}):", $"pixel (y={y}, x={x}):");

    public static Localized Zoom(int n) => new($"центр фото, {n}×{n} пікселів", $"photo centre, {n}×{n} pixels");

    // Stage 2.
    public static Localized CropOf(string resized) => new($"центр із {resized}", $"centre of {resized}");
    public static readonly Localized Formula = new("x = (v/255 − μ) / σ для кожного каналу", "x = (v/255 − μ) / σ for each channel");
    public static Localized MeanStd(IReadOnlyList<float> mean, IReadOnlyList<float> std)
    {
        string Values(Lang lang) =>
            $"μ = {NumberText.Tuple(mean.Select(v => (double)v), 3, lang)}\nσ = {NumberText.Tuple(std.Select(v => (double)v), 3, lang)}\n";
        return new(Values(Lang.Uk) + "середні та стандартні відхилення ImageNet для R, G, B", Values(Lang.En) + "ImageNet means and spreads of R, G, B");
    }

    public static readonly Localized MeanIsWhite = new("біле = середнє ImageNet", "white = ImageNet mean");

    // Stage 2 for ResNet-18 (Caffe/CNTK style): no /255 and no σ, channels B, G, R, minus a per-pixel mean image M.
    public static readonly Localized MeanImageFormula = new("x = v − M для кожного пікселя й каналу", "x = v − M for every pixel and channel");

    public static Localized MeanImage(IReadOnlyList<float> channelMeans)
    {
        string Means(Lang lang) => NumberText.Tuple(channelMeans.Select(v => (double)v), 0, lang);
        return new($"канали B, G, R; v = 0…255\nM — середнє зображення ImageNet\n[3, 224, 224], середні B, G, R:\n{Means(Lang.Uk)}",
            $"channels B, G, R; v = 0…255\nM: the ImageNet mean image\n[3, 224, 224], means of B, G, R:\n{Means(Lang.En)}");
    }

    public static readonly Localized MeanImageIsWhite = new("біле = середнє зображення", "white = the mean image");

    // Stage 3.
    public static Localized Shown(int shown, int total) =>
        new($"{shown} з {total} карт з найбільшою дисперсією", $"{shown} of {total} maps with the largest variance");

    public static Localized ValueNote(Vision.Inspection.FeatureMaps maps) => maps.Kind switch
    {
        Vision.Inspection.FeatureValueKind.Dequantized => new(Dequantization(maps.ElementType, maps.Tap.Quantization!, Lang.Uk), Dequantization(maps.ElementType, maps.Tap.Quantization!, Lang.En)),
        Vision.Inspection.FeatureValueKind.RawCodes => new($"сирі коди {maps.ElementType} (без масштабу)", $"raw {maps.ElementType} codes (no scale known)"),
        _ => new("значення float32", "float32 values"),
    };

    /// <summary>"uint8 q → (q − 0)·0,0176": how a stored code (uint8 or int8) becomes a value (scale to 3 significant digits).</summary>
    private static string Dequantization(string codeType, Vision.Onnx.Quantization q, Lang lang) =>
        $"{codeType} q → (q − {NumberText.Integer(q.ZeroPoint, lang)})·{NumberText.Significant(q.Scale, 3, lang)}";

    public static readonly Localized SharedScale = new("одна шкала для всіх карт", "one colour scale for all maps");

    // Footers: how many numbers each stage hands on.
    public static Localized Numbers(long n) =>
        new($"{NumberText.Integer(n, Lang.Uk)} {UkrainianPlural.Form(n, "число", "числа", "чисел")}", $"{NumberText.Integer(n, Lang.En)} numbers");

    public static Localized Probabilities(long n) =>
        new($"{NumberText.Integer(n, Lang.Uk)} {UkrainianPlural.Form(n, "ймовірність", "ймовірності", "ймовірностей")}, сума 1",
            $"{NumberText.Integer(n, Lang.En)} probabilities, sum 1");

    // Stage 4.
    public static readonly Localized SoftmaxFormula = new("p = exp(z) / Σ exp(z)", "p = exp(z) / Σ exp(z)");
    public static Localized TopSum(int k, double sum) =>
        new($"разом топ-{k}: {NumberText.Percent(sum, Lang.Uk)}", $"top-{k} together: {NumberText.Percent(sum, Lang.En)}");

    // Without a model.
    public static readonly Localized ModelNeeded = new("Потрібна модель", "A model is needed");
    public static readonly Localized HowToGetModel = new(
        "Завантажте навчену CNN:\nnnlesson model download resnet18\nабо вкажіть файл:\n--model ШЛЯХ.onnx",
        "Download a trained CNN:\nnnlesson model download resnet18\nor point to a file:\n--model PATH.onnx");

    public static readonly Localized TopWouldGoHere = new(
        "Тут будуть 5 найімовірніших класів ImageNet і їхні ймовірності",
        "Here the 5 most probable ImageNet classes and their probabilities will appear");
}
