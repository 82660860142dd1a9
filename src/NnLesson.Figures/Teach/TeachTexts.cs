namespace NnLesson.Figures.Teach;

/// <summary>Every text of the five teach figures, Ukrainian and English.</summary>
internal static class TeachTexts
{
    public static readonly Localized CurvesTitle = new("Навчання голови: втрати і точність за епохами", "Training the head: loss and accuracy per epoch");
    public static readonly Localized LossPanel = new("Крос-ентропія", "Cross-entropy");
    public static readonly Localized AccuracyPanel = new("Точність, %", "Accuracy, %");
    public static readonly Localized Epoch = new("Епоха", "Epoch");
    public static readonly Localized Train = new("навчальна", "training");
    public static readonly Localized Validation = new("валідаційна", "validation");
    public static readonly Localized Chance = new("випадкове вгадування: ln K = {0}", "chance: ln K = {0}");
    public static readonly Localized CurvesNote = new(
        "Згорткова мережа заморожена; навчається лише голова p = softmax(W·x + b): повнопакетний градієнтний спуск, η = {0}, λ = {1}",
        "The CNN is frozen; only the head p = softmax(W·x + b) learns: full-batch gradient descent, η = {0}, λ = {1}");

    public static readonly Localized ConfusionTitle = new("Матриця помилок на валідаційних фото", "Confusion matrix on the validation photos");
    public static readonly Localized TrueClass = new("Справжній клас", "True class");
    public static readonly Localized PredictedClass = new("Передбачений клас", "Predicted class");
    public static readonly Localized ConfusionNote = new("Правильно {0} з {1} = {2}; на діагоналі — правильні відповіді", "{0} of {1} correct = {2}; the diagonal holds the right answers");

    public static readonly Localized MistakesTitle = new("Валідаційні фото: справжній клас і відповідь голови", "Validation photos: true class and the head's answer");
    public static readonly Localized MistakesNote = new("Помилки — червоною рамкою (показано {0} з {1}), далі — найменш упевнені правильні", "Mistakes framed in red ({0} of {1} shown), then the least confident correct answers");
    public static readonly Localized NoMistakesNote = new("Жодної помилки: показано найменш упевнені правильні відповіді", "No mistakes: the least confident right answers are shown");
    public static readonly Localized TrueShort = new("справжній", "true");
    public static readonly Localized PredictedShort = new("відповідь", "answer");

    public static readonly Localized MapTitle = new("Ознаки ResNet-18 на площині: дві головні компоненти (PCA)", "ResNet-18 features on a plane: the first two principal components (PCA)");
    public static readonly Localized Component = new("ГК{0} ({1} дисперсії)", "PC{0} ({1} of the variance)");
    public static readonly Localized TrainPoints = new("{0} — навчальні", "{0} — training");
    public static readonly Localized ValidationPoints = new("{0} — валідаційні", "{0} — validation");

    public static readonly Localized CamTitle = new("На що спирається голова: карта активації класу", "Where the head looks: class activation map");
    public static readonly Localized CamFormula = new(
        "M(x, y) = Σₖ wₖ · Aₖ(x, y): останні карти ознак ResNet-18 A [512, 7, 7], зважені вагами голови w [512] для класу (стандартизацію враховано у w)",
        "M(x, y) = Σₖ wₖ · Aₖ(x, y): ResNet-18's last feature maps A [512, 7, 7] weighted by the head's weights w [512] for the class (standardisation folded into w)");
    public static readonly Localized CamLow = new("менший внесок", "less evidence");
    public static readonly Localized CamHigh = new("більший внесок на користь класу", "more evidence for the class");
    public static readonly Localized MapFor = new("карта для «{0}»", "map for “{0}”");
}
