# nnlesson.ps1 ARGS: the `nnlesson` command on Windows (nnlesson.cmd calls this), as ./nnlesson does in bash:
# (Saved as UTF-8 with a BOM: Windows PowerShell 5.1 reads a file without one as ANSI, which would garble the Ukrainian lines.)
# runs the built program directly and publishes it (Release, ReadyToRun for this machine, into
# artifacts\nnlesson\; its own bin/obj under artifacts\build\) only when the build is missing or a source
# changed: a file under src\, assets\ or slides\ (the deck embeds the slide programs), data\sample.jpg (embedded),
# .editorconfig or a root props/global.json file (bin\ and obj\ skipped) is newer than the last build, or a file
# was added or removed there.
$ErrorActionPreference = 'Stop'
$root = $PSScriptRoot
$out = Join-Path $root 'artifacts\nnlesson'
$stamp = Join-Path $out '.built'   # its time: when the last good build started; its text: the source files it saw
$dll = Join-Path $out 'nnlesson.dll'

# The launcher's own two lines speak the run's language, by the program's rule (Cli/CliLanguage): the last
# --lang en|uk (or --lang=…, --lang:…) before "--", else NNLESSON_LANG, else Ukrainian.
$lang = if ($env:NNLESSON_LANG) { $env:NNLESSON_LANG } else { 'uk' }
for ($i = 0; $i -lt $args.Count; $i++) {
    $arg = [string]$args[$i]
    if ($arg -eq '--') { break }
    if ($arg -eq '--lang' -and $i + 1 -lt $args.Count) { $lang = [string]$args[$i + 1] }
    elseif ($arg.StartsWith('--lang=') -or $arg.StartsWith('--lang:')) { $lang = $arg.Substring(7) }
}
$english = $lang.Trim().ToLowerInvariant() -eq 'en'
function Say($uk, $en) { [Console]::Error.WriteLine('nnlesson: ' + $(if ($english) { $en } else { $uk })) }

# Every source file (bin and obj folders skipped), as paths relative to the repository root.
function Get-Sources {
    $files = foreach ($name in @('Directory.Build.props', 'Directory.Packages.props', 'global.json', '.editorconfig', 'data\sample.jpg')) {
        $path = Join-Path $root $name
        if (Test-Path $path) { Get-Item $path }
    }
    $stack = [System.Collections.Generic.Stack[string]]::new()
    foreach ($dir in @('src', 'assets', 'slides')) { $stack.Push((Join-Path $root $dir)) }
    $found = while ($stack.Count -gt 0) {
        foreach ($item in Get-ChildItem -LiteralPath $stack.Pop() -Force) {
            if ($item.PSIsContainer) {
                if ($item.Name -ne 'bin' -and $item.Name -ne 'obj') { $stack.Push($item.FullName) }
            } else { $item }
        }
    }
    @($files) + @($found)
}

function Get-List($sources) {
    ($sources | ForEach-Object { $_.FullName.Substring($root.Length + 1) } | Sort-Object) -join "`n"
}

$sources = Get-Sources
$stale = -not (Test-Path $stamp) -or -not (Test-Path $dll)
if (-not $stale) {
    $built = (Get-Item $stamp).LastWriteTimeUtc
    $stale = [bool]($sources | Where-Object { $_.LastWriteTimeUtc -gt $built } | Select-Object -First 1)
    if (-not $stale) { $stale = (Get-List $sources) -ne ((Get-Content -Raw $stamp) -replace "`r?`n$", '') }
}

if ($stale) {
    Say 'збирання (перший запуск або змінено код)...' 'building (first run, or a source changed)...'
    New-Item -ItemType Directory -Force -Path $out | Out-Null
    $building = Join-Path $out '.building'
    # Written before the build, so an edit made during the build is seen next time.
    Set-Content -NoNewline -Path $building -Value (Get-List $sources)
    & dotnet publish (Join-Path $root 'src\NnLesson.Cli\NnLesson.Cli.csproj') -c Release --use-current-runtime `
        --self-contained false -p:PublishReadyToRun=true --artifacts-path (Join-Path $root 'artifacts\build') `
        -o $out -nologo -v quiet -clp:NoSummary | Out-Host
    if ($LASTEXITCODE -ne 0) { Say 'збирання не вдалося (див. вище)' 'the build failed (see above)'; exit 1 }
    Move-Item -Force $building $stamp
}
& dotnet $dll @args
exit $LASTEXITCODE
