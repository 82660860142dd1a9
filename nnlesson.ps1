# nnlesson.ps1 ARGS: the `nnlesson` command on Windows (nnlesson.cmd calls this), as ./nnlesson does in bash:
# runs the built program directly and builds (Release, into artifacts\nnlesson\) only when the build is
# missing or a file or folder under src\ or assets\ (outside bin\ and obj\), or a root props/global.json
# file, is newer than the last build.
$ErrorActionPreference = 'Stop'
$root = $PSScriptRoot
$out = Join-Path $root 'artifacts\nnlesson'
$stamp = Join-Path $out '.built'
$dll = Join-Path $out 'nnlesson.dll'

# True when a file or folder under $dir (bin and obj skipped, with everything in them) is newer than $built.
function Test-Newer([string]$dir, [datetime]$built) {
    foreach ($item in Get-ChildItem -LiteralPath $dir -Force) {
        if ($item.PSIsContainer -and ($item.Name -eq 'bin' -or $item.Name -eq 'obj')) { continue }
        # Folders count too: adding or deleting a file changes its folder's time.
        if ($item.LastWriteTimeUtc -gt $built) { return $true }
        if ($item.PSIsContainer -and (Test-Newer $item.FullName $built)) { return $true }
    }
    return $false
}

function Test-Stale {
    if (-not (Test-Path $stamp) -or -not (Test-Path $dll)) { return $true }
    $built = (Get-Item $stamp).LastWriteTimeUtc
    foreach ($name in @('Directory.Build.props', 'Directory.Packages.props', 'global.json')) {
        $file = Join-Path $root $name
        if ((Test-Path $file) -and (Get-Item $file).LastWriteTimeUtc -gt $built) { return $true }
    }
    foreach ($dir in @('src', 'assets')) {
        if (Test-Newer (Join-Path $root $dir) $built) { return $true }
    }
    return $false
}

if (Test-Stale) {
    [Console]::Error.WriteLine('nnlesson: building (first run, or a source changed)...')
    New-Item -ItemType Directory -Force -Path $out | Out-Null
    $building = Join-Path $out '.building'
    Set-Content -Path $building -Value '' # taken before the build, so an edit made during the build is seen next time
    & dotnet build (Join-Path $root 'src\NnLesson.Cli\NnLesson.Cli.csproj') -c Release -o $out -nologo -v quiet | Out-Host
    if ($LASTEXITCODE -ne 0) { [Console]::Error.WriteLine('nnlesson: the build failed (see above)'); exit 1 }
    Move-Item -Force $building $stamp
}
& dotnet $dll @args
exit $LASTEXITCODE
