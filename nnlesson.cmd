@echo off
rem nnlesson.cmd ARGS: the `nnlesson` command on Windows; see nnlesson.ps1 (builds only when a source changed).
powershell -NoProfile -ExecutionPolicy Bypass -File "%~dp0nnlesson.ps1" %*
exit /b %ERRORLEVEL%
