; OVCF Pathway for Windows: a per-user installer (no administrator rights needed).
;
; Compiled by scripts/build-installer with NSIS' makensis (on Windows, or on Linux with
; Debian's nsis package), which passes:
;   VERSION        the app version (desktop/__init__.py)
;   RULES_VERSION  the bundled rule pack's version (rules/pack.yaml)
;   VI_VERSION     VERSION as four numbers, for the file's version resource
;   PAYLOAD        the built bundle folder (dist/ovcf-pathway: ovcf-pathway.exe,
;                  ovcf-pathway-cli.exe, _internal\)
;   OUTFILE        ovcf-pathway-<version>-rules-<rules version>-windows-x64-setup.exe
;
; Installs into %LOCALAPPDATA%\Programs\OVCF Pathway, adds a Start-menu shortcut and an
; uninstaller (Settings > Apps), all for the current user only. "setup.exe /S" installs
; silently ("/D=folder", last, chooses the folder). The uninstaller removes the app's own
; files only: case files and drafts the user saved elsewhere or in the app's data folder
; are patient records and stay.

Unicode true
ManifestDPIAware true
SetCompressor /SOLID lzma

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "x64.nsh"

!ifndef VERSION | RULES_VERSION | VI_VERSION | PAYLOAD | OUTFILE
  !error "scripts/build-installer defines VERSION, RULES_VERSION, VI_VERSION, PAYLOAD and OUTFILE"
!endif

!define APP "OVCF Pathway"
!define EXE "ovcf-pathway.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\OVCF Pathway"

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${APP} ${VERSION}, rule pack ${RULES_VERSION}"

VIProductVersion "${VI_VERSION}"
VIAddVersionKey /LANG=0 "ProductName" "${APP}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP} ${VERSION} setup (rule pack ${RULES_VERSION})"
VIAddVersionKey /LANG=0 "LegalCopyright" "OVCF Pathway contributors"

!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The languages the app speaks; the installer follows the user's Windows language.
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_LANGUAGE "Spanish"
!insertmacro MUI_LANGUAGE "Portuguese"
!insertmacro MUI_LANGUAGE "PortugueseBR"

Function .onInit
  SetShellVarContext current
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "${APP} needs 64-bit Windows 10 or 11." /SD IDOK
    Abort
  ${EndIf}
FunctionEnd

Function un.onInit
  SetShellVarContext current
FunctionEnd

Section "${APP}" SecApp
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; Replace, never merge: the rule pack refuses any file its manifest does not list, so an
  ; earlier version's leftovers would stop the app from planning.
  RMDir /r "$INSTDIR\_internal"
  File /r "${PAYLOAD}/*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\${EXE}"

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Comments" "Rule pack ${RULES_VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "OVCF Pathway contributors"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${EXE}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\${APP}.lnk"
  ; Only what the installer put there: the folder may have been chosen by the user.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\ovcf-pathway.exe"
  Delete "$INSTDIR\ovcf-pathway-cli.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
SectionEnd
