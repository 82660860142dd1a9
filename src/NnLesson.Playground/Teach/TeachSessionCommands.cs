using System.Diagnostics;
using System.Text.Json.Nodes;
using NnLesson.Core;
using NnLesson.Core.Transfer;
using NnLesson.Figures;
using NnLesson.Vision.Transfer;

namespace NnLesson.Playground.Teach;

/// <summary>What each command of the page does to the session's state (the loop that calls these is in TeachSession.cs).</summary>
public sealed partial class TeachSession
{
    private async Task HandleAsync(TeachIncoming message, CancellationToken token)
    {
        var header = message.Header;
        var type = TeachJson.Text(header, "type");
        var seq = header["seq"] is JsonValue s && s.TryGetValue<int>(out var n) ? n : 0;
        try
        {
            if (type is not "sample")
            {
                await DrainAsync(all: true, token);
            }
            switch (type)
            {
                case "sample" when message.Body is not null:
                    EnqueueSample(header, message.Body, seq, token);
                    return;
                case "predict" when message.Body is not null:
                    await PredictAsync(message.Body, seq, token);
                    return;
                case "addClass":
                    _model.AddClass(TeachJson.Text(header, "name") ?? "");
                    break;
                case "renameClass":
                    _model.Rename(TeachJson.Int(header, "id"), TeachJson.Text(header, "name") ?? "");
                    break;
                case "removeClass":
                    _model.RemoveClass(TeachJson.Int(header, "id"));
                    break;
                case "replaceClasses":
                    _model.Replace(header["names"] is JsonArray names ? [.. names.Select(x => x is JsonValue v && v.TryGetValue<string>(out var t) ? t : "")] : []);
                    break;
                case "removeSample":
                    _model.RemoveSample(TeachJson.Int(header, "id"));
                    break;
                case "train":
                    StartTraining(header["settings"] as JsonObject);
                    await SendAsync(TeachMessages.Started(_training!), token);
                    return;
                case "stopTraining":
                    await StopTrainingAsync(token);
                    return;
                case "exportHead":
                    if (_trained is null)
                    {
                        throw new TeachRejection("Спершу навчіть або імпортуйте голову.", "Train or import a head first.");
                    }
                    await SendAsync(TeachMessages.Head(_trained, _trainedWith ?? TeachSettings.Default, _trainedSplitBySeed), token);
                    return;
                case "importHead":
                    ImportHead(TeachJson.Text(header, "name") ?? HeadFile.FileName, TeachJson.Text(header, "text") ?? "");
                    break;
                default:
                    throw new TeachRejection("Незрозуміле повідомлення.", $"Unknown message '{type ?? "(none)"}'.");
            }
            await SendAsync(TeachMessages.State(_model, _trained), token);
        }
        catch (Exception e) when (e is TeachRejection or LessonException)
        {
            var reason = e is TeachRejection r ? r.Reason : new Localized("Не вдалося: " + e.Message, e.Message);
            await SendAsync(type is "sample" or "predict"
                ? TeachMessages.Rejected(seq, TeachJson.Text(header, "name") ?? "frame", reason)
                : TeachMessages.Error(reason), token);
        }
    }

    /// <summary>Checks the photo's header and the caps, then starts featurising it; <see cref="DrainAsync"/> adds and answers it.</summary>
    private void EnqueueSample(JsonObject header, byte[] body, int seq, CancellationToken token)
    {
        var name = TeachJson.Text(header, "name") is { Length: > 0 } given ? given[..Math.Min(given.Length, 120)] : $"photo-{seq}";
        var classId = TeachJson.Int(header, "class");
        var subset = TeachMessages.ParseSubset(TeachJson.Text(header, "subset"))
            ?? throw new TeachRejection("Підмножина має бути train, val або auto.", "The subset must be train, val or auto.");
        _model.RequireRoom(classId, name, _featurising.Count(f => f.ClassId == classId), _featurising.Count);
        _featurising.Enqueue(new Featurising(seq, classId, name, subset, backbone.SampleAsync(body, name, token)));
    }

    private async Task PredictAsync(byte[] body, int seq, CancellationToken token)
    {
        if (_trained is null)
        {
            throw new TeachRejection("Спершу навчіть або імпортуйте голову.", "Train or import a head first.");
        }
        if (!_frames.TryTake())
        {
            throw new TeachRejection("Забагато кадрів за секунду.", $"More than {TeachLimits.MaxPredictionsPerSecond} frames a second.");
        }
        var clock = Stopwatch.StartNew();
        var head = _trained;
        var frame = await backbone.FrameAsync(body, token);
        await SendAsync(TeachMessages.Prediction(seq, FramePrediction.Of(head, frame), clock.Elapsed.TotalMilliseconds), token);
    }

    private void StartTraining(JsonObject? json)
    {
        var d = TeachSettings.Default;
        var settings = json is null ? d : new TeachSettings(
            (int)TeachJson.Number(json, "epochs", d.Epochs), TeachJson.Number(json, "lr", d.LearningRate), TeachJson.Number(json, "l2", d.L2),
            TeachJson.Number(json, "valFraction", d.ValidationFraction), (int)TeachJson.Number(json, "seed", d.Seed));
        _training = TeachTraining.Start(_model, settings);
        _sent = 0;
    }

    /// <summary>
    /// The lecturer's stop: the run ends at the head it has (<see cref="TeachTraining.Stop"/>), which is kept for prediction
    /// and export, and the page gets the last history entry, the epochs taken and the command that trains this head.
    /// </summary>
    private async Task StopTrainingAsync(CancellationToken token)
    {
        if (_training is not { } run)
        {
            return; // finished meanwhile: its last frame is on its way
        }
        run.Stop();
        await TrainSliceAsync(token);
    }

    /// <summary>A head.json from <c>nnlesson teach</c> or this page: checked as the CLI checks it; its classes replace the cards (without photos).</summary>
    private void ImportHead(string name, string text)
    {
        if (text.Length > TeachLimits.MaxHeadFileChars)
        {
            throw new TeachRejection($"«{name}» завеликий для head.json.", $"'{name}' is too large for a head.json.");
        }
        TrainedHead head;
        try
        {
            head = HeadFile.FromText(text, name, FeatureExtraction.ModelKey);
        }
        catch (LessonException e)
        {
            throw new TeachRejection($"«{name}» не вдалося імпортувати: це не head.json від nnlesson teach для цієї ResNet-18.", e.Message);
        }
        if (head.ClassNames.Count > TeachLimits.MaxClasses)
        {
            throw new TeachRejection($"«{name}»: {head.ClassNames.Count} класів, а сторінка вміє до {TeachLimits.MaxClasses}.",
                $"'{name}': {head.ClassNames.Count} classes; the page handles up to {TeachLimits.MaxClasses}.");
        }
        _model.Replace(head.ClassNames);
        (_trained, _trainedWith, _training) = (head, null, null);
    }
}
