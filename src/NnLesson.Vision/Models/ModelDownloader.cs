using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Security.Cryptography;
using NnLesson.Core;
using NnLesson.Files;

namespace NnLesson.Vision.Models;

/// <summary>
/// Downloads a file and keeps it only if it is exactly the promised one: the body streams into a hidden
/// temporary file in the target folder while its SHA-256 is computed on the fly; only when the byte count
/// equals <see cref="DownloadSpec.Size"/> and the hash equals <see cref="DownloadSpec.Sha256"/> is the temporary
/// file renamed over the target (atomic within one folder). Any failure — HTTP error, refused or broken
/// connection, a body shorter or longer than promised, a wrong checksum, silence longer than the idle
/// timeout — is one <see cref="LessonException"/> line, and the temporary file is deleted: nothing half-written.
/// </summary>
public sealed class ModelDownloader : IDisposable
{
    /// <summary>How long the server may stay silent (connecting, before headers, between chunks) before we give up.</summary>
    public static readonly TimeSpan DefaultIdleTimeout = TimeSpan.FromSeconds(30);

    private const int BufferSize = 81_920;

    private readonly HttpClient _http;
    private readonly TimeSpan _idleTimeout;

    public ModelDownloader(TimeSpan? idleTimeout = null)
    {
        _idleTimeout = idleTimeout ?? DefaultIdleTimeout;
        var handler = new SocketsHttpHandler
        {
            ConnectTimeout = _idleTimeout,
            AllowAutoRedirect = true, // GitHub's raw address redirects to its LFS media host.
            MaxAutomaticRedirections = 10,
            AutomaticDecompression = DecompressionMethods.None, // the checksum is of the bytes on the wire
        };
        // No overall timeout: a 47 MB model on a slow link may take minutes; silence is what we time out.
        _http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("nnlesson", "1.0"));
    }

    /// <summary>
    /// Makes sure <c>folder/spec.FileName</c> is the verified file: skips the download when it already is,
    /// otherwise fetches it. <paramref name="progress"/> is called after every chunk with the bytes so far.
    /// </summary>
    public async Task<DownloadResult> DownloadAsync(
        DownloadSpec spec, string folder, Action<DownloadProgress>? progress = null, CancellationToken cancellation = default)
    {
        if (spec.FileName.Length == 0 || spec.FileName != Path.GetFileName(spec.FileName) || spec.FileName is "." or "..")
        {
            throw new ArgumentException($"Not a plain file name: '{spec.FileName}'.", nameof(spec));
        }
        var target = Path.GetFullPath(Path.Combine(folder, spec.FileName));
        var existed = File.Exists(target);
        if (existed && IsVerified(target, spec))
        {
            progress?.Invoke(new DownloadProgress(spec.FileName, spec.Size, spec.Size));
            return new DownloadResult(target, DownloadOutcome.AlreadyPresent, spec.Size);
        }
        CreateFolder(Path.GetDirectoryName(target)!);

        var temporary = AtomicFile.TemporaryPathFor(target);
        var moved = false;
        long done = 0;
        using var idle = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        try
        {
            idle.CancelAfter(_idleTimeout);
            using var response = spec.Url.IsFile ? null : await RequestAsync(spec, idle.Token);
            await using var body = response is null
                ? OpenLocal(spec)
                : await response.Content.ReadAsStreamAsync(idle.Token);

            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            await using (var output = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, useAsync: true))
            {
                var buffer = new byte[BufferSize];
                while (true)
                {
                    idle.CancelAfter(_idleTimeout); // restart the silence clock for every read
                    var read = await body.ReadAsync(buffer, idle.Token);
                    if (read == 0)
                    {
                        break;
                    }
                    done += read;
                    if (done > spec.Size)
                    {
                        throw Failure(spec, $"джерело надіслало більше за очікувані {spec.Size:N0} байтів (не той файл?)",
                            $"the source sent more than the expected {spec.Size:N0} bytes (wrong file?)");
                    }
                    hash.AppendData(buffer, 0, read);
                    await output.WriteAsync(buffer.AsMemory(0, read), cancellation);
                    progress?.Invoke(new DownloadProgress(spec.FileName, done, spec.Size));
                }
                await output.FlushAsync(cancellation);
                output.Flush(flushToDisk: true);
            }
            if (done != spec.Size)
            {
                throw Failure(spec, $"передавання скінчилося після {done:N0} з {spec.Size:N0} байтів (з’єднання закрито завчасно)",
                    $"the transfer ended after {done:N0} of {spec.Size:N0} bytes (connection closed early)");
            }
            var actual = Convert.ToHexStringLower(hash.GetHashAndReset());
            if (!string.Equals(actual, spec.Sha256, StringComparison.OrdinalIgnoreCase))
            {
                throw Failure(spec, $"контрольна сума не збігається: sha256 {actual[..12]}…, а очікувалося {spec.Sha256[..12]}… (пошкоджений або не той файл)",
                    $"checksum mismatch: sha256 {actual[..12]}… but expected {spec.Sha256[..12]}… (corrupt or wrong file)");
            }
            File.Move(temporary, target, overwrite: true);
            moved = true;
            return new DownloadResult(target, existed ? DownloadOutcome.Replaced : DownloadOutcome.Downloaded, done);
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            throw Failure(spec, $"жодних даних {Seconds(_idleTimeout)} с після {done:N0} з {spec.Size:N0} байтів (час очікування вичерпано)",
                $"no data for {Seconds(_idleTimeout)} s after {done:N0} of {spec.Size:N0} bytes (timed out)");
        }
        catch (Exception e) when (e is UriFormatException or NotSupportedException)
        {
            // A mirror that redirects to file:///… or another scheme HttpClient will not follow.
            throw Failure(spec, $"сервер переспрямував на адресу, що не є http(s) ({e.Message})",
                $"the server redirected to an address that is not http(s) ({e.Message})", e);
        }
        catch (HttpRequestException e)
        {
            var (uk, en) = Describe(e);
            throw Failure(spec, uk, en, e);
        }
        catch (HttpIOException e)
        {
            throw Failure(spec, $"з’єднання розірвалося після {done:N0} з {spec.Size:N0} байтів ({Describe(e.HttpRequestError)})",
                $"the connection broke after {done:N0} of {spec.Size:N0} bytes ({Describe(e.HttpRequestError)})", e);
        }
        catch (IOException e)
        {
            throw Failure(spec, $"не вдалося записати {temporary}: {e.Message}", $"could not write {temporary}: {e.Message}", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw Failure(spec, $"немає дозволу на запис у {Path.GetDirectoryName(target)}", $"no permission to write in {Path.GetDirectoryName(target)}", e);
        }
        finally
        {
            if (!moved)
            {
                AtomicFile.TryDelete(temporary);
            }
        }
    }

    /// <summary>True when the file has the promised size and SHA-256 (size first: it is free).</summary>
    public static bool IsVerified(string path, DownloadSpec spec) =>
        new FileInfo(path).Length == spec.Size &&
        string.Equals(Sha256File.Of(path), spec.Sha256, StringComparison.OrdinalIgnoreCase);

    public void Dispose() => _http.Dispose();

    private async Task<HttpResponseMessage> RequestAsync(DownloadSpec spec, CancellationToken token)
    {
        var response = await _http.GetAsync(spec.Url, HttpCompletionOption.ResponseHeadersRead, token);
        try
        {
            if (!response.IsSuccessStatusCode)
            {
                throw Failure(spec, $"сервер відповів HTTP {(int)response.StatusCode} {response.ReasonPhrase}".TrimEnd(),
                    $"the server answered HTTP {(int)response.StatusCode} {response.ReasonPhrase}".TrimEnd());
            }
            // Refuse early when the server announces a different size: no point fetching 47 MB of the wrong file.
            if (response.Content.Headers.ContentLength is { } announced && announced != spec.Size)
            {
                throw Failure(spec, $"сервер пропонує {announced:N0} байтів, а файл має {spec.Size:N0} (не той файл або не те дзеркало)",
                    $"the server offers {announced:N0} bytes but the file has {spec.Size:N0} (wrong file or mirror)");
            }
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private static FileStream OpenLocal(DownloadSpec spec)
    {
        var path = spec.Url.LocalPath;
        if (!File.Exists(path))
        {
            throw Failure(spec, $"{path} не існує", $"{path} does not exist");
        }
        // Opening a FIFO blocks until a writer comes (and swallowed Ctrl+C); a device never ends.
        if (RegularFile.KindOf(path) is var kind and not FileKind.Regular)
        {
            throw Failure(spec, $"{path} — {RegularFile.Describe(kind)}, а не звичайний файл", $"{path} is {RegularFile.Describe(kind)}, not a regular file");
        }
        return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, useAsync: true);
    }

    private static void CreateFolder(string folder)
    {
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new LessonException($"Не вдалося створити папку {folder}: {e.Message}", $"Cannot create the folder {folder}: {e.Message}", e);
        }
    }

    private static LessonException Failure(DownloadSpec spec, string whyUk, string whyEn, Exception? inner = null) => new(
        $"Не вдалося завантажити {spec.FileName} з {spec.Url}: {whyUk}; нічого не збережено.",
        $"Download of {spec.FileName} from {spec.Url} failed: {whyEn}; nothing was saved.", inner);

    private static (string Uk, string En) Describe(HttpRequestException e) =>
        e.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused }
            ? ("з’єднання відхилено (чи працює сервер?)", "connection refused (is the server running?)")
            : e.HttpRequestError switch
            {
                HttpRequestError.NameResolutionError => ("не вдалося знайти адресу сервера (немає мережі?)", "the host name could not be resolved (offline?)"),
                HttpRequestError.ConnectionError => ($"не вдалося з’єднатися ({e.InnerException?.Message ?? e.Message})", $"could not connect ({e.InnerException?.Message ?? e.Message})"),
                HttpRequestError.ResponseEnded => ("сервер закрив з’єднання, нічого не відповівши", "the server closed the connection without an answer"),
                _ => (e.Message, e.Message),
            };

    private static string Describe(HttpRequestError error) => error switch
    {
        HttpRequestError.ResponseEnded => "the response ended prematurely",
        HttpRequestError.Unknown => "unknown error",
        _ => error.ToString(),
    };

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
}
