namespace NnLesson.Figures.Slide6;

/// <summary>The slide 6 figure's text in Ukrainian and English (numbers in it come from <see cref="NumberText"/>).</summary>
public static class CnnInferenceTexts
{
    public static readonly Localized Title = new("Попередньо навчена CNN класифікує фото", "A pretrained CNN classifies a photo");

    public static Localized ModelLine(string model) => new(
        $"Модель: {model}  ·  ONNX Runtime (CPU)  ·  навчена на ImageNet (1000 класів)",
        $"Model: {model}  ·  ONNX Runtime (CPU)  ·  trained on ImageNet (1000 classes)");

    /// <summary>The model line when the classes are the user's own (a head from <c>nnlesson teach</c>).</summary>
    public static Localized HeadModelLine(string model, int classes) => new(
        $"Модель: {model}  ·  ONNX Runtime (CPU)  ·  ResNet-18 + власна голова ({classes} {UkrainianPlural.Form(classes, "клас", "класи", "класів")}, nnlesson teach)",
        $"Model: {model}  ·  ONNX Runtime (CPU)  ·  ResNet-18 + your own head ({classes} classes, nnlesson teach)");

    public static readonly Localized HeadFooter = new(
        "Пікселі → масштаб до 256, центр 224×224 → ResNet-18 → ознаки [512] → голова W·x + b → softmax = ймовірності",
        "Pixels → resize 256, centre 224×224 → ResNet-18 → features [512] → head W·x + b → softmax = probabilities");

    public static readonly Localized FallbackTitle = new("Без CNN: класифікація фото за кольором", "Without a CNN: classifying a photo by colour");

    public static readonly Localized FallbackLine = new(
        "Запасний класифікатор, не нейромережа: колір, найближчий до середнього кольору фото (CIELAB)",
        "Fallback classifier, not a neural network: the colour nearest to the photo's mean colour (CIELAB)");

    public static Localized TopHeading(int k, int classes) =>
        new($"Топ-{k} з {NumberText.Integer(classes, Lang.Uk)} класів", $"Top {k} of {NumberText.Integer(classes, Lang.En)} classes");

    public static Localized TopColoursHeading(int k, int classes) =>
        new($"Топ-{k} з {NumberText.Integer(classes, Lang.Uk)} кольорів", $"Top {k} of {NumberText.Integer(classes, Lang.En)} colours");

    public static Localized TopSum(string percent) => new($"сума: {percent}", $"sum: {percent}");

    public static readonly Localized NetworkView = new("вхід мережі: центр 224×224", "network input: centre 224×224");

    public static Localized MeanColour(int r, int g, int b) => new($"середній колір RGB ({r}, {g}, {b})", $"mean colour RGB ({r}, {g}, {b})");

    public static readonly Localized ModelFooter = new(
        "Пікселі → масштаб до 256, центр 224×224, нормалізація ImageNet → CNN → логіти → softmax = ймовірності",
        "Pixels → resize 256, centre 224×224, ImageNet normalisation → CNN → logits → softmax = probabilities");

    public static readonly Localized FallbackFooter = new(
        "Справжня CNN:  nnlesson model download resnet18   (або --model ШЛЯХ.onnx)",
        "For a real CNN:  nnlesson model download resnet18   (or --model PATH.onnx)");

    /// <summary>Ukrainian names of the fallback's colour classes (English names are the class labels themselves).</summary>
    private static readonly Dictionary<string, string> UkrainianColours = new()
    {
        ["red"] = "червоний",
        ["orange"] = "помаранчевий",
        ["yellow"] = "жовтий",
        ["green"] = "зелений",
        ["blue"] = "синій",
        ["purple"] = "фіолетовий",
        ["pink"] = "рожевий",
        ["brown"] = "коричневий",
        ["white"] = "білий",
        ["grey"] = "сірий",
        ["black"] = "чорний",
    };

    public static string ColourName(string english, Lang lang) =>
        lang == Lang.Uk && UkrainianColours.TryGetValue(english, out var uk) ? uk : english;
}
