using NnLesson.Vision.Transfer;

namespace NnLesson.Playground.Teach;

/// <summary>One photo of a class: its name (as the page named it), content hash, f: [512], and subset (train/val or decided by the split).</summary>
public sealed record TeachSample(int Id, int ClassId, string Name, string Sha256, float[] Features, PhotoSubset Subset);

/// <summary>A class card: an id that survives renaming, a name, and its photos in the order they arrived.</summary>
public sealed class TeachClass(int id, string name)
{
    public int Id { get; } = id;

    public string Name { get; set; } = name;

    public List<TeachSample> Samples { get; } = [];
}

/// <summary>
/// A session's classes and photos (their features only: the photos themselves are gone once the network has seen
/// them). Every change is checked against <see cref="TeachLimits"/>; a refusal is a <see cref="TeachRejection"/>.
/// Starts with two empty classes, as the page does.
/// </summary>
public sealed class TeachModel
{
    private readonly List<TeachClass> _classes = [];
    private int _nextClassId = 1;
    private int _nextSampleId = 1;

    public TeachModel(string firstName = "A", string secondName = "B")
    {
        AddClass(firstName);
        AddClass(secondName);
    }

    public IReadOnlyList<TeachClass> Classes => _classes;

    public int SampleCount => _classes.Sum(c => c.Samples.Count);

    /// <summary>Removes every class and photo, then adds these classes (e.g. from an imported head or a data-set folder).</summary>
    public void Replace(IReadOnlyList<string> names)
    {
        if (names.Count is < TeachLimits.MinClasses or > TeachLimits.MaxClasses)
        {
            throw new TeachRejection($"Потрібно від {TeachLimits.MinClasses} до {TeachLimits.MaxClasses} класів (отримано {names.Count}).",
                $"Between {TeachLimits.MinClasses} and {TeachLimits.MaxClasses} classes are needed (got {names.Count}).");
        }
        var checkedNames = new List<string>();
        foreach (var name in names)
        {
            var clean = ClassNames.Require(name);
            if (checkedNames.Contains(clean, StringComparer.OrdinalIgnoreCase))
            {
                throw ClassNames.Duplicate(clean);
            }
            checkedNames.Add(clean);
        }
        _classes.Clear();
        foreach (var name in checkedNames)
        {
            _classes.Add(new TeachClass(_nextClassId++, name));
        }
    }

    public TeachClass AddClass(string name)
    {
        if (_classes.Count >= TeachLimits.MaxClasses)
        {
            throw new TeachRejection($"Не більше {TeachLimits.MaxClasses} класів.", $"At most {TeachLimits.MaxClasses} classes.");
        }
        var clean = RequireFreeName(name, except: null);
        var added = new TeachClass(_nextClassId++, clean);
        _classes.Add(added);
        return added;
    }

    public void Rename(int classId, string name)
    {
        var target = Class(classId);
        target.Name = RequireFreeName(name, except: target);
    }

    public void RemoveClass(int classId)
    {
        var target = Class(classId);
        if (_classes.Count <= TeachLimits.MinClasses)
        {
            throw new TeachRejection($"Потрібно щонайменше {TeachLimits.MinClasses} класи.", $"At least {TeachLimits.MinClasses} classes are needed.");
        }
        _classes.Remove(target);
    }

    /// <summary>
    /// Checks the caps before the photo is featurised (so a refused photo costs no network time), counting the photos
    /// still being featurised for the class and the session.
    /// </summary>
    public void RequireRoom(int classId, string name, int pendingInClass = 0, int pendingInSession = 0)
    {
        var target = Class(classId);
        if (SampleCount + pendingInSession >= TeachLimits.MaxPhotosPerSession)
        {
            throw new TeachRejection($"«{name}»: у сесії вже {TeachLimits.MaxPhotosPerSession} фото — це межа.",
                $"'{name}': the session already has {TeachLimits.MaxPhotosPerSession} photos, the limit.");
        }
        if (target.Samples.Count + pendingInClass >= TeachLimits.MaxPhotosPerClass)
        {
            throw new TeachRejection($"«{name}»: у класі «{target.Name}» вже {TeachLimits.MaxPhotosPerClass} фото — це межа.",
                $"'{name}': class '{target.Name}' already has {TeachLimits.MaxPhotosPerClass} photos, the limit.");
        }
    }

    public TeachSample AddSample(int classId, string name, SampleFeatures features, PhotoSubset subset)
    {
        RequireRoom(classId, name);
        var sample = new TeachSample(_nextSampleId++, classId, name, features.Sha256, features.Features, subset);
        Class(classId).Samples.Add(sample);
        return sample;
    }

    public void RemoveSample(int sampleId)
    {
        foreach (var c in _classes)
        {
            if (c.Samples.RemoveAll(s => s.Id == sampleId) > 0)
            {
                return;
            }
        }
        throw new TeachRejection($"Фото {sampleId} немає.", $"There is no photo {sampleId}.");
    }

    public TeachClass Class(int classId) =>
        _classes.FirstOrDefault(c => c.Id == classId) ?? throw new TeachRejection($"Класу {classId} немає.", $"There is no class {classId}.");

    private string RequireFreeName(string name, TeachClass? except)
    {
        var clean = ClassNames.Require(name);
        if (_classes.Any(c => c != except && string.Equals(c.Name, clean, StringComparison.OrdinalIgnoreCase)))
        {
            throw ClassNames.Duplicate(clean);
        }
        return clean;
    }
}
