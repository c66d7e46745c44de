; Inno Setup script: a per-user Windows installer (no admin rights) for the one-folder bundle.
; Build on Windows with installer\windows\build.ps1 (PyInstaller bundle, then ISCC), or by hand
; after `pyinstaller installer\oppgave.spec` has made dist\oppgave\:
;   iscc installer\windows\oppgave.iss   ->  dist\oppgave-<version>-setup.exe
#define AppName "Oppgave"
#define AppVersion GetEnv("OPPGAVE_VERSION")
#if AppVersion == ""
  #define AppVersion "0.1.0"
#endif
#define Bundle "..\..\dist\oppgave"

[Setup]
AppId={{6A1F4C52-2D5B-4B0E-9E3C-0F5B6C1D7A41}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=oppgave
; {autopf} is %LOCALAPPDATA%\Programs for a per-user install, Program Files for an admin one.
DefaultDirName={autopf}\Oppgave
DefaultGroupName=Oppgave
; Per-user install: no administrator rights needed on municipal PCs.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DisableProgramGroupPage=yes
OutputDir=..\..\dist
OutputBaseFilename=oppgave-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\oppgave.ico
UninstallDisplayIcon={app}\Oppgave.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes

[Languages]
Name: "nb"; MessagesFile: "compiler:Languages\Norwegian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Oppgave"; Filename: "{app}\Oppgave.exe"
Name: "{group}\Oppgave (demo)"; Filename: "{app}\Oppgave.exe"; Parameters: "--demo"
Name: "{group}\{cm:UninstallProgram,Oppgave}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\Oppgave"; Filename: "{app}\Oppgave.exe"; Tasks: desktopicon

[Registry]
; .oppgave files open in Oppgave. HKA = HKCU for a per-user install (HKLM if an admin chose
; "install for all users"), so the association never needs admin rights.
Root: HKA; Subkey: "Software\Classes\.oppgave"; ValueType: string; ValueName: ""; ValueData: "Oppgave.Workspace"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Oppgave.Workspace"; ValueType: string; ValueName: ""; ValueData: "Oppgave-arbeidsfil"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Oppgave.Workspace\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\Oppgave.exe,0"
Root: HKA; Subkey: "Software\Classes\Oppgave.Workspace\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\Oppgave.exe"" ""%1"""

[Run]
Filename: "{app}\Oppgave.exe"; Description: "{cm:LaunchProgram,Oppgave}"; Flags: nowait postinstall skipifsilent
