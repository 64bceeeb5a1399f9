; Inno Setup 6 script: wraps the PyInstaller folder dist\chitieu into one setup.exe.
;   pyinstaller --noconfirm build_installer.spec
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.3.0 installer\chitieu.iss
; (Saved as UTF-8 with a BOM so Inno Setup reads the Vietnamese names.)
; → Output\chitieu-setup-0.1.0.exe. See docs/build-windows.md.
;
; Installs for the current user (no administrator rights) into %LOCALAPPDATA%\Programs\chitieu.
; The officer's data (%LOCALAPPDATA%\chitieu: database and backups) is never installed,
; replaced or removed by this installer or its uninstaller.

#ifndef AppVersion
  #define AppVersion "0.3.0"
#endif
#define AppName "Chỉ tiêu xã, phường"
#define Source "..\dist\chitieu"

[Setup]
AppId={{6D1F3C52-8B0E-4C1B-9C1E-2A7E5B0C7A11}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Tỉnh Thái Nguyên
DefaultDirName={localappdata}\Programs\chitieu
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
OutputDir=..\Output
OutputBaseFilename=chitieu-setup-{#AppVersion}
SetupIconFile=..\resources\icons\chitieu.ico
UninstallDisplayIcon={app}\chitieu.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
; Inno Setup's unofficial Vietnamese messages, if copied next to this script
; (https://jrsoftware.org/files/istrans/), else English.
#if FileExists(AddBackslash(SourcePath) + "Vietnamese.isl")
Name: "vi"; MessagesFile: "Vietnamese.isl"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#Source}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\chitieu.exe"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\chitieu.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\chitieu.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program folder: %LOCALAPPDATA%\chitieu (database, backups) stays.
Type: filesandordirs; Name: "{app}"
