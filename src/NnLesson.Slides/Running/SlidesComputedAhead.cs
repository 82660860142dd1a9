using NnLesson.Files;

namespace NnLesson.Slides.Running;

/// <summary>
/// One worker thread that runs the slides' compute steps in order, ahead of the thread that shows them
/// (<see cref="LessonRun.ExecuteAhead"/>). Slide i's computation is handed over through its own completion source,
/// so the showing thread waits only when it has caught up. After a failed computation, or once stopped, the worker
/// computes nothing more.
/// </summary>
internal sealed class SlidesComputedAhead : IDisposable
{
    private readonly TaskCompletionSource<ComputedSlide>[] _computed;
    private readonly CancellationTokenSource _stop = new();
    private readonly Thread _worker;

    public SlidesComputedAhead(SlideContext context, IReadOnlyList<Func<SlideContext, ComputedSlide>> slides)
    {
        _computed = [.. slides.Select(_ => new TaskCompletionSource<ComputedSlide>(TaskCreationOptions.RunContinuationsAsynchronously))];
        _worker = new Thread(() => ComputeInOrder(context, slides)) { IsBackground = true, Name = "NnLesson slides ahead" };
        _worker.Start();
    }

    /// <summary>Slide <paramref name="index"/> computed, waiting for it if need be; its computation's exception is rethrown here.</summary>
    public ComputedSlide Take(int index) => _computed[index].Task.GetAwaiter().GetResult();

    /// <summary>Stops the worker before its next slide and waits for the slide it is computing.</summary>
    public void Dispose()
    {
        _stop.Cancel();
        _worker.Join();
        _stop.Dispose();
    }

    private void ComputeInOrder(SlideContext context, IReadOnlyList<Func<SlideContext, ComputedSlide>> slides)
    {
        for (var i = 0; i < slides.Count; i++)
        {
            if (_stop.IsCancellationRequested || Interruption.Token.IsCancellationRequested)
            {
                CancelFrom(i);
                return;
            }
            try
            {
                _computed[i].SetResult(slides[i](context));
            }
            catch (Exception e)
            {
                _computed[i].SetException(e);
                CancelFrom(i + 1);
                return;
            }
        }
    }

    private void CancelFrom(int first)
    {
        for (var i = first; i < _computed.Length; i++)
        {
            _computed[i].TrySetCanceled();
        }
    }
}
