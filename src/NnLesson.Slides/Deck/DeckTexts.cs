using NnLesson.Figures;

namespace NnLesson.Slides.Deck;

/// <summary>What each slide of the deck page says besides its title: what it shows and its formulas, uk and en.</summary>
internal static class DeckTexts
{
    public static readonly Localized LectureTitle = new(
        "Нейронні мережі: від теорії до практичного рішення", "Neural networks: from theory to a practical solution");

    public static readonly Localized Subtitle = new(
        "Демонстрації NnLesson: рисунки, анімації, числа й код кожного слайда", "NnLesson demos: every slide's figures, animations, numbers and code");

    public static readonly Localized Keys = new(
        "← → — попередній / наступний слайд, F — повний екран, Home / End — перший / останній; P — показ: рисунок за рисунком на весь екран (← →, PageUp / PageDown, клацання; N — нотатки з числами запуску, S — нотатки в другому вікні, Esc — вихід)",
        "← → previous / next slide, F full screen, Home / End first / last; P present: figure by figure, full screen (← →, PageUp / PageDown, click; N notes with the run's numbers, S notes in a second window, Esc leaves)");

    public static readonly Localized Present = new("Показ (P)", "Present (P)");
    public static readonly Localized Notes = new("Нотатки", "Notes");

    public static readonly Localized RunParameters = new("Параметри запуску", "Run parameters");
    public static readonly Localized Contents = new("Зміст", "Contents");
    public static readonly Localized WhatItShows = new("Що показує", "What it shows");
    public static readonly Localized Formulas = new("Формули", "Formulas");
    public static readonly Localized KeyNumbers = new("Ключові числа (manifest.json)", "Key numbers (manifest.json)");
    /// <summary>"[N значень]" for a long list: the noun agrees with N.</summary>
    public static string Values(int count, Lang lang) =>
        lang.Text($"{count} {UkrainianPlural.Form(count, "значення", "значення", "значень")}", $"{count} values");

    public static readonly Localized RunNumbers = new("Числа цього запуску (manifest.json):", "This run's numbers (manifest.json):");
    public static readonly Localized Figures = new("Рисунки й анімації", "Figures and animations");
    public static readonly Localized NoFigures = new("Цей запуск не створив рисунків для слайда.", "This run made no figures for this slide.");
    public static readonly Localized Code = new("Код слайда", "The slide's code");
    public static readonly Localized Slide = new("Слайд", "Slide");
    public static readonly Localized Previous = new("← Назад", "← Back");
    public static readonly Localized Next = new("Далі →", "Next →");
    public static readonly Localized FullScreen = new("Повний екран (F)", "Full screen (F)");
    public static readonly Localized Yes = new("так", "yes");
    public static readonly Localized No = new("ні", "no");

    /// <summary>
    /// What a slide shows and its formulas, or null for a slide this table does not know (it is shown with its title only).
    /// Formulas are the same in both languages except where they hold words or a decimal number (<paramref name="lang"/>).
    /// </summary>
    public static (Localized Shows, string[] Formulas)? For(string slideId, Lang lang) => slideId switch
    {
        "slide3" => (new(
            "Один перцептрон вчиться логічних функцій AND і OR за правилом Розенблатта; для XOR жодна пряма не розділяє класи, тож навчання ніколи не закінчується. Анімація показує, як пряма рухається після кожного оновлення.",
            "A single perceptron learns the logic gates AND and OR with Rosenblatt's rule; for XOR no line separates the classes, so training never ends. The animation shows the line moving after every update."),
            ["z = w₁·x₁ + w₂·x₂ + b", "y = step(z) = 1 (z ≥ 0), 0 (z < 0)", "w ← w + lr·(t − y)·x,   b ← b + lr·(t − y)"]),
        "slide4" => (new(
            "Прямий прохід багатошарового перцептрона 2→8→1 з випадковими вагами: форми масивів на кожному кроці, активації прихованих нейронів і випадкова межа рішень.",
            "The forward pass of an MLP 2→8→1 with random weights: the array shapes at every step, the hidden units' activations and a random decision boundary."),
            [lang.Text("H = ReLU(X·W1 + b1)     X: [пакет, 2], W1: [2, 8], H: [пакет, 8]", "H = ReLU(X·W1 + b1)     X: [batch, 2], W1: [2, 8], H: [batch, 8]"), lang.Text("Y = σ(H·W2 + b2)     W2: [8, 1], Y: [пакет, 1]", "Y = σ(H·W2 + b2)     W2: [8, 1], Y: [batch, 1]"), "σ(z) = 1 / (1 + e⁻ᶻ)"]),
        "slide5-activations" => (new(
            "Сигмоїда, гіперболічний тангенс і ReLU: формули, діапазони та похідні — чому градієнти сигмоїди зникають.",
            "Sigmoid, tanh and ReLU: formulas, ranges and derivatives — why sigmoid gradients vanish."),
            [lang.Text("σ(z) = 1 / (1 + e⁻ᶻ),   σ′ = σ·(1 − σ) ≤ 0,25", "σ(z) = 1 / (1 + e⁻ᶻ),   σ′ = σ·(1 − σ) ≤ 0.25"), "tanh(z) = (eᶻ − e⁻ᶻ) / (eᶻ + e⁻ᶻ),   tanh′ = 1 − tanh²", "ReLU(z) = max(0, z),   ReLU′(z) = 1 (z > 0), 0 (z < 0)"]),
        "slide5-train" => (new(
            "Навчання MLP з нуля на двох півмісяцях: перевірка градієнта, потім повнопакетний градієнтний спуск. Анімація показує, як поле ймовірностей і крива втрат змінюються з епохами.",
            "Training an MLP from scratch on two moons: a gradient check, then full-batch gradient descent. The animation shows the probability field and the loss curve changing over the epochs."),
            ["L = −(1/N) Σ [t·ln p + (1 − t)·ln(1 − p)]", "dZ2 = (P − T)/N,   dW2 = Hᵀ·dZ2,   dZ1 = dZ2·W2ᵀ ⊙ ReLU′(Z1),   dW1 = Xᵀ·dZ1", "W ← W − η·∂L/∂W"]),
        "slide6" => (new(
            "Попередньо навчена згорткова мережа класифікує фото: топ-5 класів ImageNet із ймовірностями; без моделі — запасний класифікатор за середнім кольором.",
            "A pretrained CNN classifies a photo: the top 5 ImageNet classes with probabilities; without a model, a fallback classifier by dominant colours."),
            [lang.Text("x: [1, 3, 224, 224] = (RGB/255 − μ) / σ", "x: [1, 3, 224, 224] = (RGB/255 − mean) / std"), lang.Text("логіти z: [1, 1000] = CNN(x)", "logits: [1, 1000] = CNN(x)"), "pᵢ = e^(zᵢ − m) / Σⱼ e^(zⱼ − m),   m = max z"]),
        "slide7" => (new(
            "Усередині CNN: справжня ResNet-18, обчислена з нуля й звірена з ONNX Runtime на кожному етапі. Одна згортка вручну (і анімація: ядро Собеля ковзає по фрагменту фото), 64 навчені фільтри першого шару, карти ознак у глибину, залишковий блок і карти активації класів.",
            "Inside the CNN: the real ResNet-18 computed from scratch and checked against ONNX Runtime at every stage. One convolution by hand (and an animation: a Sobel kernel sliding over part of the photo), the 64 learned first-layer filters, feature maps through the depth, a residual block and class activation maps."),
            ["y[o, i, j] = b[o] + Σ_c Σ_u Σ_v w[o, c, u, v] · x[c, i·s + u − p, j·s + v − p]", "x: [3, 224, 224] → conv1 [64, 112, 112] → layer1 [64, 56, 56] → … → layer4 [512, 7, 7]",
             "y = ReLU(x + F(x)),   F = Conv 3×3 → BN → ReLU → Conv 3×3 → BN", "M_c(x, y) = Σₖ w_ck · A_k(x, y)"]),
        "slide8" => (new(
            "Конвеєр класифікації зображення: сирі пікселі H×W×C → попередня обробка (масштабування, кадрування, нормалізація) → CNN → softmax-ймовірності.",
            "The image-classification pipeline: raw pixels H×W×C → preprocessing (resize, normalise) → CNN → softmax probabilities."),
            [lang.Text("[H, W, 3] → масштабування → кадрування → [224, 224, 3] → нормалізація → [1, 3, 224, 224]", "[H, W, 3] → resize → [224, 224, 3] → normalise → [1, 3, 224, 224]"),
             lang.Text("CNN → логіти [1, 1000] → softmax → p [1, 1000]", "CNN → logits [1, 1000] → softmax → p [1, 1000]")]),
        "teach" => (new(
            "Власні класи (перенесення навчання): заморожена ResNet-18 дає ознаки кожного фото, нова softmax-голова вчиться розрізняти ваші класи з нуля повнопакетним градієнтним спуском; криві втрат і точності, матриця помилок, помилки й карти активації класу.",
            "Your own classes (transfer learning): the frozen ResNet-18 gives each photo's features, a new softmax head learns your classes from scratch by full-batch gradient descent; loss and accuracy curves, the confusion matrix, the mistakes and class activation maps."),
            [lang.Text("x = ResNet-18(фото) ∈ ℝ⁵¹²,   p = softmax(W·x + b),   W: [K, 512]", "x = ResNet-18(photo) ∈ ℝ⁵¹²,   p = softmax(W·x + b),   W: [K, 512]"),
             "L = −(1/N) Σ ln p_t + (λ/2)·‖W‖²,   W ← W − η·∂L/∂W"]),
        _ => null,
    };
}
