namespace NnLesson.Figures.Slide7;

/// <summary>The Ukrainian and English text of slide 7's figures and its animation.</summary>
internal static class Slide7Texts
{
    public static readonly Localized ConvTitle = new("Згортка вручну: фільтр вертикальних країв", "A convolution by hand: a vertical-edge filter");

    public static Localized ConvSubtitle(string photo) => new(
        $"y[i, j] = Σᵤ Σᵥ w[u, v] · x[i + u − 1, j + v − 1]   ·   фото «{photo}», яскравість 0…1",
        $"y[i, j] = Σᵤ Σᵥ w[u, v] · x[i + u − 1, j + v − 1]   ·   photo “{photo}”, brightness 0…1");

    public static Localized ConvInput(int size) => new($"вхід x: [{size}, {size}]", $"input x: [{size}, {size}]");
    public static Localized ConvOutput(int size) => new($"вихід y: [{size}, {size}]", $"output y: [{size}, {size}]");
    public static readonly Localized ConvPadding = new("доповнення нулями на 1 піксель (звідси смуги на краях)", "zero padding 1 (hence the stripes at the edges)");
    public static readonly Localized Patch = new("фрагмент x (3 × 3)", "patch of x (3 × 3)");
    public static readonly Localized Kernel = new("ядро w (3 × 3)", "kernel w (3 × 3)");
    public static readonly Localized Products = new("9 множень і додавань:", "9 multiply-adds:");
    public static readonly Localized ConvColours = new("синій < 0 · білий = 0 · помаранчевий > 0", "blue < 0 · white = 0 · red > 0");
    public static readonly Localized ConvNote = new(
        "Те саме ядро ковзає по всіх 224 × 224 позиціях: відгук додатний (помаранчевий) там, де праворуч світліше, ніж ліворуч, від’ємний (синій) — де темніше, і близький до 0 на однорідних ділянках.",
        "The same kernel slides over all 224 × 224 positions: the response is positive (red) where it gets brighter to the right, negative (blue) where it gets darker, and near 0 on flat areas.");

    public static Localized FiltersTitle(int count, int k) => new(
        $"{count} {UkrainianPlural.Form(count, "навчений фільтр", "навчені фільтри", "навчених фільтрів")} першого шару ResNet-18, кожен {k} × {k} × 3",
        $"The {count} learned first-layer filters of ResNet-18, each {k} × {k} × 3");

    public static Localized FiltersShape(int count, int k) => new($"w: [{count}, 3, {k}, {k}]", $"w: [{count}, 3, {k}, {k}]");

    public static readonly Localized FiltersNotes = new(
        "Ніхто їх не задавав: це ваги після навчання на ImageNet.\nКраї під різними кутами, смуги, плями кольору — з них складаються всі глибші ознаки.\nКожен фільтр масштабовано окремо: сірий = 0, світліше = додатні ваги, темніше = від’ємні; канали показано як R, G, B.",
        "Nobody designed them: these are the weights after training on ImageNet.\nEdges at many angles, stripes, colour blobs — every deeper feature is built from them.\nEach filter is scaled on its own: grey = 0, lighter = positive weights, darker = negative; channels shown as R, G, B.");

    public static readonly Localized DepthTitle = new("Карти ознак на різних глибинах ResNet-18", "Feature maps through the depth of ResNet-18");
    public static readonly Localized DepthSubtitle = new(
        "менше пікселів, більше каналів, ширше рецептивне поле: кожна карта — реальний тензор цього фото (3 найактивніші канали)",
        "fewer pixels, more channels, wider view: every map is a real tensor of this photo (3 most active channels)");
    public static readonly Localized DepthInput = new("вхід", "input");
    public static readonly Localized ReceptiveFieldLabel = new("рецептивне поле", "receptive field");
    public static Localized ReceptiveFieldSize(int pixels) => new($"{pixels} × {pixels} пікс.", $"{pixels} × {pixels} px");
    /// <summary>What the receptive field is; <paramref name="beyondFrame"/> names the first stage whose field is wider than the frame (or null).</summary>
    public static Localized DepthNote(string? beyondFrame, int frame) => new(
        "Рецептивне поле — квадрат входу, від якого залежить одне значення карти" +
        (beyondFrame is null ? "" : $"; у {beyondFrame} воно вже більше за сам кадр {frame} × {frame}") +
        ". Кожна карта у власній шкалі (темне = мало, жовте = багато), # — номер каналу.",
        "Receptive field: the square of the input one value of the map depends on" +
        (beyondFrame is null ? "" : $"; at {beyondFrame} it is already larger than the {frame} × {frame} frame itself") +
        ". Each map on its own scale (dark = low, yellow = high), # is the channel.");

    public static readonly Localized ResidualTitle = new("Залишковий блок: y = ReLU(x + F(x))", "A residual block: y = ReLU(x + F(x))");

    public static Localized ResidualSubtitle(string stage, int block, int channel, int c, int h, int w) => new(
        $"{stage}, блок {block}, канал {channel} з {c} · тензори [{c}, {h}, {w}] з цього фото",
        $"{stage}, block {block}, channel {channel} of {c} · tensors [{c}, {h}, {w}] from this photo");

    public static readonly Localized ResidualScale = new(
        "Кожна карта у власній шкалі (смуга під нею): білий = 0, найнасиченіший колір = найбільше |значення| цієї карти.",
        "Each map on its own scale (the bar under it): white = 0, the deepest colour = the largest |value| of that map.");

    public static readonly Localized ResidualX = new("x (вхід блоку)", "x (block input)");
    public static readonly Localized ResidualF = new("F(x) (гілка)", "F(x) (the branch)");
    public static readonly Localized ResidualSum = new("x + F(x)", "x + F(x)");
    public static readonly Localized ResidualOut = new("ReLU(x + F(x))", "ReLU(x + F(x))");

    public static Localized ResidualNote(string operators, double ratio, int c, int h, int w) => new(
        $"F = {operators}. Блок не замінює x, а додає до нього поправку F(x): по всьому тензору [{c}, {h}, {w}] середнє |F(x)| = {NumberText.Fixed(ratio, 2, Lang.Uk)} × середнього |x|. Обхідне з’єднання x → + пропускає сигнал і градієнт крізь десятки шарів.",
        $"F = {operators}. The block does not replace x, it adds a correction F(x) to it: over the whole tensor [{c}, {h}, {w}] mean |F(x)| = {NumberText.Fixed(ratio, 2, Lang.En)} × mean |x|. The shortcut x → + carries signal and gradient through dozens of layers.");

    public static readonly Localized Shortcut = new("обхідне з’єднання: x", "shortcut: x");

    public static readonly Localized CamTitle = new("Куди дивиться мережа: карта активації класу", "Where the network looks: class activation maps");

    public static Localized CamSubtitle(string network, int k, int h, int w) => new(
        $"M_c(x, y) = Σₖ w_ck · A_k(x, y) · мережа {network}: карти ознак останнього шару A [{k}, {h}, {w}], ваги класифікатора [1000, {k}]",
        $"M_c(x, y) = Σₖ w_ck · A_k(x, y) · network {network}: last maps A [{k}, {h}, {w}], classifier weights [1000, {k}]");

    public static readonly Localized CamPhoto = new("що бачить мережа (224 × 224)", "what the network sees (224 × 224)");
    public static readonly Localized CamNote = new(
        "Наша ResNet-18 з NuGet не має класифікатора на 1000 класів, тому карту побудовано для MobileNetV2 (той самий принцип: глобальне усереднення → один лінійний шар). Червоне = найбільший внесок в оцінку (логіт) класу, синє = найменший (кожна карта масштабована окремо).",
        "Our NuGet ResNet-18 has no 1000-class head, so the map is of MobileNetV2 (the same design: global average pooling → one linear layer). Red = the largest contribution to the class score, blue = the smallest (each map scaled on its own).");
    public static Localized AnimationTitle(int k, int s) => new(
        $"Згортка: ядро {k}×{k} ковзає по зображенню з кроком {s}", $"Convolution: a {k}×{k} kernel slides over the image with stride {s}");

    public static Localized AnimationInput(int h, int w) => new($"вхід x [{h}, {w}]", $"input x [{h}, {w}]");
    public static Localized AnimationKernel(int k) => new($"ядро w [{k}, {k}]", $"kernel w [{k}, {k}]");
    public static Localized AnimationOutput(int h, int w) => new($"вихід y [{h}, {w}]", $"output y [{h}, {w}]");

    public static Localized AnimationSource(int cells, int cellPixels, int left, int top) => new(
        $"x: яскравість фрагмента {cells * cellPixels} × {cells * cellPixels} пікс. з кадру 224 × 224 (лівий верхній кут — ({left}, {top})); клітинка — середнє {cellPixels} × {cellPixels} пікс.",
        $"x: brightness of a {cells * cellPixels} × {cells * cellPixels} px part of the 224 × 224 crop, corner at ({left}, {top}); a cell is the mean of {cellPixels} × {cellPixels} px");

    public static readonly Localized CamMissing = new(
        "Немає класифікатора ImageNet з глобальним усередненням (очікується ../shared/models/mobilenetv2-12-int8.onnx).",
        "No ImageNet classifier with global average pooling (expected ../shared/models/mobilenetv2-12-int8.onnx).");
}
