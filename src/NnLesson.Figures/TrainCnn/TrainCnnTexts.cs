namespace NnLesson.Figures.TrainCnn;

/// <summary>Every text of the train-cnn figures, Ukrainian and English.</summary>
internal static class TrainCnnTexts
{
    public static readonly Localized FiltersTitle = new("Фільтри першого шару: випадкові на початку, навчені — після", "First-layer filters: random at the start, learned at the end");
    public static readonly Localized FiltersSubtitle = new(
        "Кожен квадрат — ваги w[o, 0, 5, 5] одного фільтра: світле — додатні, темне — від’ємні (кожен фільтр у своєму масштабі). Градієнтний спуск змінює кожен фільтр: порівняйте ліворуч і праворуч.",
        "Each square is one filter's weights w[o, 0, 5, 5]: light positive, dark negative (each filter on its own scale). Gradient descent reshapes every filter: compare left and right.");
    public static readonly Localized AtInit = new("ініціалізація He: w ~ N(0, 2/25)", "He initialisation: w ~ N(0, 2/25)");
    public static readonly Localized AfterTraining = new("після навчання (точність на тесті {0})", "after training (test accuracy {0})");

    public static readonly Localized GifTitle = new("Фільтри першого шару під час навчання", "First-layer filters while the network trains");
    public static readonly Localized GifEpoch = new("епоха {0}", "epoch {0}");

    public static readonly Localized CurvesTitle = new("Навчання CNN: втрати і точність за епохами", "Training the CNN: loss and accuracy per epoch");
    public static readonly Localized ShortRun = new(" — коротка демонстрація (частина даних, 1 епоха)", " — a short demo run (part of the data, 1 epoch)");
    public static readonly Localized Setup = new(
        "LeNet: {0} і {1} фільтрів, {2} параметрів · SGD з моментумом 0,9, η₀ = {3}, косинусне спадання · пакет {4} · навчальних {5}, тестових {6}",
        "LeNet: {0} and {1} filters, {2} parameters · SGD with momentum 0.9, η₀ = {3}, cosine decay · batch {4} · {5} training, {6} test images");
    public static readonly Localized LossPanel = new("Крос-ентропія", "Cross-entropy");
    public static readonly Localized AccuracyPanel = new("Точність, %", "Accuracy, %");
    public static readonly Localized Epoch = new("Епоха", "Epoch");
    public static readonly Localized Train = new("навчальна (середнє за епоху)", "training (mean over the epoch)");
    public static readonly Localized Test = new("тестова", "test");
    public static readonly Localized Chance = new("випадкове вгадування: ln K = {0}", "chance: ln K = {0}");

    public static readonly Localized ConfusionTitle = new("Матриця помилок на тестових зображеннях", "Confusion matrix on the test images");
    public static readonly Localized ConfusionNote = new("Правильно {0} з {1} = {2}; на діагоналі — правильні відповіді", "{0} of {1} correct = {2}; the diagonal holds the right answers");
    public static readonly Localized TrueClass = new("Справжній клас", "True class");
    public static readonly Localized PredictedClass = new("Передбачений клас", "Predicted class");

    public static readonly Localized MistakesTitle = new("Найвпевненіші помилки на тестових зображеннях", "The most confident mistakes on the test images");
    public static readonly Localized MistakesNote = new("Показано {0} з {1} помилок (з {2} тестових); під кожним — справжній клас і відповідь мережі з її ймовірністю; зеленим — найменш упевнені правильні",
        "{0} of {1} mistakes shown (of {2} test images); under each, the true class and the network's answer with its probability; green: the least confident right ones");
    public static readonly Localized NoMistakes = new("Жодної помилки на тестових зображеннях: показано найменш упевнені правильні відповіді (зеленим)",
        "No mistakes on the test images: the least confident right answers are shown (green)");
    public static readonly Localized TrueShort = new("справжній", "true");
    public static readonly Localized AnswerShort = new("відповідь", "answer");

    public static readonly Localized MapsTitle = new("Одне тестове зображення крізь кожен шар", "One test image through every layer");
    public static readonly Localized MapsNote = new("Карти ознак після ReLU і пулінгу (кожна у своєму масштабі: темне — 0, світле — максимум); щільний шар — 120 чисел; у кінці — softmax",
        "Feature maps after ReLU and pooling (each on its own scale: dark 0, light its maximum); the dense layer is 120 numbers; softmax at the end");
    public static readonly Localized Input = new("вхід", "input");
    public static readonly Localized Probabilities = new("ймовірності", "probabilities");
}
