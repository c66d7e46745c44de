# Build the Windows installer: the PyInstaller one-folder bundle at dist\oppgave\, its self-test,
# then Inno Setup's compiler -> dist\oppgave-<version>-setup.exe.
# Needs Python 3.11+ and Inno Setup 6 (ISCC.exe) on the machine. Run from any folder:
#   powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1
$ErrorActionPreference = "Stop"
$root = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $root

# Own build venv, so the developer's environment stays untouched.
$venv = Join-Path $root "build\venv-windows"
if (-not (Test-Path "$venv\Scripts\python.exe")) { py -3 -m venv $venv }
$py = "$venv\Scripts\python.exe"
& $py -m pip install -q --upgrade pip
& $py -m pip install -q . "pyinstaller>=6.5"
if ($LASTEXITCODE -ne 0) { throw "pip install failed" }

& $py -m PyInstaller installer\oppgave.spec --noconfirm --clean --distpath dist --workpath build\pyinstaller
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

# The console program runs the same self-test as CI does on Linux.
$env:QT_QPA_PLATFORM = "offscreen"
& dist\oppgave\oppgave-cli.exe --self-test
if ($LASTEXITCODE -ne 0) { throw "self-test of the bundle failed" }
Remove-Item Env:\QT_QPA_PLATFORM

$env:OPPGAVE_VERSION = (& $py -c "import oppgave; print(oppgave.__version__)").Trim()
$iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
if (-not (Test-Path $iscc)) { throw "Inno Setup 6 (ISCC.exe) not found: install it from jrsoftware.org" }
& $iscc installer\windows\oppgave.iss
if ($LASTEXITCODE -ne 0) { throw "ISCC failed" }
Write-Host "installer: dist\oppgave-$env:OPPGAVE_VERSION-setup.exe"
