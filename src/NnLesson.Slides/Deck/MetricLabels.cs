namespace NnLesson.Slides.Deck;

/// <summary>
/// The Ukrainian name of each manifest key, one place for the deck page's key numbers and lecture.pptx's speaker
/// notes (both through <see cref="KeyNumbers"/>). manifest.json itself stays in English snake_case; an English run
/// shows the key as the file has it, so a reader can find it there. A key not listed here is shown as it is.
/// </summary>
internal static class MetricLabels
{
    public static string For(string key, Lang lang) =>
        Ukrainian.TryGetValue(key, out var uk) ? new Localized(uk, key).For(lang) : key;

    private static readonly Dictionary<string, string> Ukrainian = new(StringComparer.Ordinal)
    {
        // slide 3: the perceptron
        ["converged"] = "збіглося",
        ["epochs"] = "епохи",
        ["bias"] = "зсув b",
        ["errors_per_epoch"] = "помилки за епохами",
        ["misclassified_by_final_weights"] = "помилки з останніми вагами",
        // slide 4: the MLP forward pass
        ["plane_fraction_class1"] = "частка площини з класом 1",
        ["batch_probabilities"] = "ймовірності пакета",
        ["batch_active_hidden_fraction"] = "частка активних прихованих нейронів",
        // slide 5: activations and training
        ["max_sigmoid_derivative"] = "найбільша σ′",
        ["max_tanh_derivative"] = "найбільша tanh′",
        ["max_relu_derivative"] = "найбільша ReLU′",
        ["sigmoid_factor_10_layers"] = "множник σ′ за 10 шарів",
        ["final_loss"] = "остаточні втрати",
        ["initial_loss"] = "початкові втрати",
        ["train_accuracy"] = "точність (навчальна вибірка)",
        ["validation_accuracy"] = "точність (валідаційна вибірка)",
        ["validation_loss"] = "втрати (валідаційна вибірка)",
        ["gradient_check_max_relative_error"] = "перевірка градієнта: найбільша відносна похибка",
        ["gradient_check_per_tensor"] = "перевірка градієнта за тензорами",
        ["train_points"] = "навчальні точки",
        ["validation_points"] = "валідаційні точки",
        // slides 6 and 8: a pretrained CNN
        ["backend"] = "рушій",
        ["model"] = "модель",
        ["model_source"] = "звідки модель",
        ["image"] = "фото",
        ["top"] = "найімовірніші класи",
        ["index"] = "індекс",
        ["label"] = "клас",
        ["probability"] = "ймовірність",
        ["raw_shape"] = "форма сирого фото",
        ["resized_shape"] = "форма після масштабування",
        ["crop_shape"] = "форма після кадрування",
        ["tensor_shape"] = "форма тензора",
        ["tensor_channel_min"] = "мінімум за каналами",
        ["tensor_channel_max"] = "максимум за каналами",
        ["feature_layer"] = "шар ознак",
        ["feature_operators"] = "оператори шару",
        ["feature_tensor"] = "тензор ознак",
        ["feature_shape"] = "форма карт ознак",
        ["feature_type"] = "тип значень",
        ["feature_values"] = "значення ознак",
        ["feature_min"] = "мінімум ознак",
        ["feature_max"] = "максимум ознак",
        ["mean_image_channel_means_bgr"] = "середні каналів B, G, R середнього зображення",
        ["top_class"] = "найімовірніший клас",
        ["top_probability"] = "його ймовірність",
        // slide 7: inside a CNN
        ["network"] = "мережа",
        ["engine"] = "обчислення",
        ["multiply_adds"] = "множень-додавань",
        ["from_scratch_ms"] = "власний код, мс",
        ["onnx_runtime_ms"] = "ONNX Runtime, мс",
        ["parity"] = "збіг з ONNX Runtime",
        ["stage"] = "етап",
        ["shape"] = "форма",
        ["receptive_field"] = "рецептивне поле",
        ["max_abs_diff"] = "найбільша різниця",
        ["max_abs_reference"] = "найбільше |еталон|",
        ["relative"] = "відносна різниця",
        ["within_1e-4"] = "у межах 10⁻⁴",
        ["residual_block"] = "залишковий блок",
        ["residual_branch_to_input"] = "гілка / вхід блока",
        ["cam_network"] = "мережа карти активації класу",
        // teach: your own classes
        ["classes"] = "класи",
        ["train_count"] = "навчальних зображень",
        ["validation_count"] = "валідаційних зображень",
        ["validation_correct"] = "правильних на валідації",
        ["skipped_files"] = "пропущених файлів",
        ["skipped"] = "пропущені",
        ["cache_hits"] = "ознак із кешу",
        ["features_computed"] = "ознак обчислено",
        ["cache_entries_rebuilt"] = "записів кешу перебудовано",
        ["feature_seconds"] = "ознаки, с",
        ["photos_per_second"] = "фото за секунду",
        ["pca_explained_ratio"] = "частка дисперсії PCA",
        ["head"] = "файл голови",
        ["model_sha256"] = "SHA-256 моделі",
        // train-cnn
        ["test_accuracy"] = "точність (тестова вибірка)",
        ["epoch_seconds"] = "секунд на епоху",
        ["train_loss"] = "втрати (навчальна вибірка)",
        ["test_loss"] = "втрати (тестова вибірка)",
        ["test_accuracy_per_epoch"] = "точність (тестова) за епохами",
        ["test_count"] = "тестових зображень",
        ["parameters"] = "параметрів",
        ["threads"] = "потоків",
        ["micro_kernel"] = "мікроядро",
    };
}
