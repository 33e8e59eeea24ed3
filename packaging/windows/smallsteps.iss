; Inno Setup script: the Small Steps installer for Windows (x64), per user, no admin.
;
; Build dist\SmallSteps\ with smallsteps-windows.spec first, then, from the repository:
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\smallsteps.iss
; The installer is written to dist\installer\SmallSteps-<version>-setup.exe.
; Needs Inno Setup 6.3 or later (x64compatible); Inno Setup 7 compiles it as well.
; Saved as UTF-8 with a byte order mark, which is how Inno Setup knows it is UTF-8.
;
; What it does:
; * installs into %LOCALAPPDATA%\Programs\Small Steps (per user: PrivilegesRequired=lowest,
;   so no UAC prompt; {autopf} and {autoprograms} follow the install mode);
; * adds a Start menu entry (and, if asked, a desktop shortcut);
; * optional task "Start Small Steps when I sign in": writes the same HKCU Run value the
;   app's own Settings switch writes (name "Small Steps", the quoted smallsteps.exe path
;   and --minimized), so the switch shows it as on;
; * the uninstaller stops a running Small Steps and removes the Run value (and Task
;   Manager's StartupApproved mark) whether the installer or the app wrote it. The
;   person's journal (%LOCALAPPDATA%\smallsteps) is left alone: deleting it is the app's
;   "Delete all my data", not the uninstaller's decision.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Small Steps"
#define AppExe "smallsteps.exe"
#define RunKey "Software\Microsoft\Windows\CurrentVersion\Run"
#define ApprovedKey "Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run"
; Must equal RUN_VALUE_NAME in desktop/smallsteps/platform/autostart.py (the app's name).
#define RunValueName "Small Steps"

[Setup]
; The AppId never changes: upgrades and the uninstaller find the installation by it.
; (The doubled brace is Inno's escape for a literal "{".)
AppId={{E4192D58-7C1C-4CFA-BB04-0EEF0C090538}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The Small Steps contributors
AppCopyright=GPL-3.0-or-later, the Small Steps contributors
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
WizardStyle=modern
SetupIconFile=packaging\windows\smallsteps.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
SourceDir=..\..
OutputDir=dist\installer
OutputBaseFilename=SmallSteps-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
; Close a running Small Steps before files are replaced (Restart Manager), and do not
; start it again from the installer's side: the [Run] entry below does that.
CloseApplications=force
RestartApplications=no
ShowLanguageDialog=auto

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[CustomMessages]
english.StartAtLogin=Start {#AppName} quietly in the tray when I sign in
german.StartAtLogin={#AppName} beim Anmelden still im Infobereich starten
spanish.StartAtLogin=Iniciar {#AppName} en silencio en la bandeja al iniciar sesión
english.StartupGroup=Starting:
german.StartupGroup=Start:
spanish.StartupGroup=Inicio:

[Tasks]
Name: "startatlogin"; Description: "{cm:StartAtLogin}"; GroupDescription: "{cm:StartupGroup}"
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle: smallsteps.exe, smallsteps-cli.exe and _internal\.
Source: "dist\SmallSteps\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "A gentle self-care companion in your tray"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; Start at login: the current user's Run value, exactly as the app's Settings switch
; writes it ("<quoted exe path>" --minimized), so the app reads it back as on.
Root: HKCU; Subkey: "{#RunKey}"; ValueType: string; ValueName: "{#RunValueName}"; ValueData: """{app}\{#AppExe}"" --minimized"; Tasks: startatlogin; Flags: uninsdeletevalue
; Task Manager's "Disabled" mark for an older value of the same name would hide the new one.
Root: HKCU; Subkey: "{#ApprovedKey}"; ValueType: none; ValueName: "{#RunValueName}"; Tasks: startatlogin; Flags: deletevalue dontcreatekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallRun]
; Stop a running Small Steps first, so its files can be removed. The journal is
; written with synchronous=FULL, so stopping it at any moment loses nothing.
Filename: "{sys}\taskkill.exe"; Parameters: "/F /T /IM {#AppExe}"; Flags: runhidden; RunOnceId: "StopSmallSteps"

[Code]
{ The uninstaller removes the Run value whoever wrote it: the installer's task (which
  uninsdeletevalue above also covers) or the app's own Settings switch. }
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usUninstall then
  begin
    RegDeleteValue(HKEY_CURRENT_USER, '{#RunKey}', '{#RunValueName}');
    RegDeleteValue(HKEY_CURRENT_USER, '{#ApprovedKey}', '{#RunValueName}');
  end;
end;
