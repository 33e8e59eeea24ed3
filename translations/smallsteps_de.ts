<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>BreathShape</name>
    <message>
        <source>Breathing shape</source>
        <translation>Atemform</translation>
    </message>
    <message>
        <source>A circle that grows as you breathe in and shrinks as you breathe out</source>
        <translation>Ein Kreis, der beim Einatmen wächst und beim Ausatmen kleiner wird</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>{problem} (see {help})</source>
        <translation>{problem} (siehe {help})</translation>
    </message>
    <message>
        <source>read the notes&apos; passphrase from standard input (when there is no keyring)</source>
        <translation>das Passwort der Notizen von der Standardeingabe lesen (wenn es keinen Schlüsselbund gibt)</translation>
    </message>
    <message>
        <source>Small Steps: a gentle self-care companion in your system tray.</source>
        <translation>Small Steps: eine sanfte Begleitung zur Selbstfürsorge, die leise im Infobereich wartet.</translation>
    </message>
    <message>
        <source>keep every file (journal, settings, logs) under {folder}</source>
        <translation>alle Dateien (Tagebuch, Einstellungen, Protokolle) unter {folder} ablegen</translation>
    </message>
    <message>
        <source>write more detail to the log</source>
        <translation>mehr Einzelheiten ins Protokoll schreiben</translation>
    </message>
    <message>
        <source>start quietly in the tray, with no window and no welcome (used at login)</source>
        <translation>leise im Infobereich starten, ohne Fenster und ohne Begrüßung (für den Start beim Anmelden)</translation>
    </message>
    <message>
        <source>add Small Steps and its icon to your applications menu (Linux, pip/pipx installs)</source>
        <translation>Small Steps mit seinem Symbol in dein Anwendungsmenü aufnehmen (Linux, Installation über pip/pipx)</translation>
    </message>
    <message>
        <source>take Small Steps out of your applications menu again</source>
        <translation>Small Steps wieder aus deinem Anwendungsmenü nehmen</translation>
    </message>
    <message>
        <source>record a small step</source>
        <translation>einen kleinen Schritt eintragen</translation>
    </message>
    <message>
        <source>the kind of step, e.g. {walk} or {breathe}</source>
        <translation>die Art des Schritts, etwa {walk} oder {breathe}</translation>
    </message>
    <message>
        <source>an optional note</source>
        <translation>eine Notiz (freiwillig)</translation>
    </message>
    <message>
        <source>an optional feeling, 1 (heavy) to 5 (bright)</source>
        <translation>das Befinden (freiwillig), von 1 (schwer) bis 5 (heiter)</translation>
    </message>
    <message>
        <source>when, as an ISO 8601 time (default: now)</source>
        <translation>wann, als Zeitangabe nach ISO 8601 (Standard: jetzt)</translation>
    </message>
    <message>
        <source>write every step, with notes, to a file or stdout</source>
        <translation>alle Schritte samt Notizen in eine Datei oder auf die Standardausgabe schreiben</translation>
    </message>
    <message>
        <source>write to {file} (made readable only by you)</source>
        <translation>in {file} schreiben (nur für dich lesbar)</translation>
    </message>
    <message>
        <source>merge steps from an export (JSON or CSV)</source>
        <translation>Schritte aus einem Export (JSON oder CSV) übernehmen</translation>
    </message>
    <message>
        <source>the export file</source>
        <translation>die Exportdatei</translation>
    </message>
    <message>
        <source>list the journal&apos;s backups, or restore one</source>
        <translation>die Sicherungen des Tagebuchs zeigen oder eine wiederherstellen</translation>
    </message>
    <message>
        <source>show the backups, newest first</source>
        <translation>die Sicherungen zeigen, die neueste zuerst</translation>
    </message>
    <message>
        <source>take a backup now</source>
        <translation>jetzt eine Sicherung anlegen</translation>
    </message>
    <message>
        <source>bring a backup back (quit the app first)</source>
        <translation>eine Sicherung wiederherstellen (vorher die App beenden)</translation>
    </message>
    <message>
        <source>a name from: {command}</source>
        <translation>ein Name, wie ihn {command} zeigt</translation>
    </message>
    <message>
        <source>remove the journal, backups, settings and the keyring entry</source>
        <translation>das Tagebuch, die Sicherungen, die Einstellungen und den Eintrag im Schlüsselbund entfernen</translation>
    </message>
    <message>
        <source>confirm: this cannot be undone</source>
        <translation>bestätigen: das lässt sich nicht rückgängig machen</translation>
    </message>
    <message>
        <source>list, add or remove reminder times</source>
        <translation>die Erinnerungszeiten zeigen, hinzufügen oder entfernen</translation>
    </message>
    <message>
        <source>show the reminder times</source>
        <translation>die Erinnerungszeiten zeigen</translation>
    </message>
    <message>
        <source>add a reminder time</source>
        <translation>eine Erinnerungszeit hinzufügen</translation>
    </message>
    <message>
        <source>{format}, 24-hour</source>
        <translation>{format}, im 24-Stunden-Format</translation>
    </message>
    <message>
        <source>e.g. {example} (default: {default})</source>
        <translation>etwa {example} (Standard: {default})</translation>
    </message>
    <message>
        <source>remove a reminder time</source>
        <translation>eine Erinnerungszeit entfernen</translation>
    </message>
    <message>
        <source>ask the running app to show a nudge now</source>
        <translation>die laufende App bitten, jetzt eine Erinnerung zu zeigen</translation>
    </message>
    <message>
        <source>ask the running app to open a window</source>
        <translation>die laufende App bitten, ein Fenster zu öffnen</translation>
    </message>
    <message>
        <source>--install-desktop-entry and --uninstall-desktop-entry stand alone</source>
        <translation>--install-desktop-entry und --uninstall-desktop-entry stehen jeweils für sich, ohne weitere Angaben</translation>
    </message>
    <message>
        <source>argument {option}: expected one argument</source>
        <translation>Argument {option}: erwartet einen Wert</translation>
    </message>
    <message numerus="yes">
        <source>%n small step(s) written to {path}.</source>
        <translation>
            <numerusform>%n kleiner Schritt in {path} gespeichert.</numerusform>
            <numerusform>%n kleine Schritte in {path} gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>{added}; {already_there}; {not_imported}.</source>
        <translation>{added}; {already_there}; {not_imported}.</translation>
    </message>
    <message numerus="yes">
        <source>%n small step(s) added</source>
        <translation>
            <numerusform>%n kleiner Schritt hinzugefügt</numerusform>
            <numerusform>%n kleine Schritte hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n schon vorhanden</numerusform>
            <numerusform>%n schon vorhanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not imported</source>
        <translation>
            <numerusform>%n nicht importiert</numerusform>
            <numerusform>%n nicht importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>{folder} cannot be the data folder ({reason}).</source>
        <translation>{folder} lässt sich nicht als Datenordner verwenden ({reason}).</translation>
    </message>
    <message>
        <source>Kept: {step}, {when}.</source>
        <translation>Festgehalten: {step}, {when}.</translation>
    </message>
    <message>
        <source>The passphrase on standard input is not text.</source>
        <translation>Das Passwort aus der Standardeingabe ist kein Text.</translation>
    </message>
    <message>
        <source>The passphrase on standard input is empty.</source>
        <translation>Das Passwort aus der Standardeingabe ist leer.</translation>
    </message>
    <message>
        <source>{reason} Nothing was kept.</source>
        <translation>{reason} Es wurde nichts festgehalten.</translation>
    </message>
    <message>
        <source>{reason} The notes are left out of this export.</source>
        <translation>{reason} Dieser Export enthält daher keine Notizen.</translation>
    </message>
    <message>
        <source>{path} is a folder; please name a file.</source>
        <translation>{path} ist ein Ordner; bitte eine Datei angeben.</translation>
    </message>
    <message>
        <source>{path} cannot be written ({reason}).</source>
        <translation>{path} lässt sich nicht speichern ({reason}).</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}).</source>
        <translation>{path} lässt sich nicht lesen ({reason}).</translation>
    </message>
    <message>
        <source>row {row}: not imported, because {reason}</source>
        <translation>Zeile {row} nicht importiert: {reason}</translation>
    </message>
    <message>
        <source>No backups yet. Small Steps takes one each day while it runs.</source>
        <translation>Noch gibt es keine Sicherungen. Small Steps legt jeden Tag eine an, während es läuft.</translation>
    </message>
    <message>
        <source>Backup kept as {name}.</source>
        <translation>Sicherung als {name} gespeichert.</translation>
    </message>
    <message>
        <source>Please quit Small Steps first; then the backup can be restored.</source>
        <translation>Small Steps bitte zuerst beenden; dann lässt sich die Sicherung wiederherstellen.</translation>
    </message>
    <message>
        <source>The journal from {when} is back in place.</source>
        <translation>Das Tagebuch vom {when} ist wieder an seinem Platz.</translation>
    </message>
    <message>
        <source>This removes every step, note, backup and setting. Add --yes to confirm.</source>
        <translation>Damit werden alle Schritte, Notizen, Sicherungen und Einstellungen entfernt. Mit --yes bestätigst du das.</translation>
    </message>
    <message>
        <source>Please quit Small Steps first (or use Settings, Delete all my data).</source>
        <translation>Small Steps bitte zuerst beenden (oder in den Einstellungen „Alle meine Daten löschen“ wählen).</translation>
    </message>
    <message>
        <source>All your Small Steps data has been removed from this computer.</source>
        <translation>Alle deine Daten von Small Steps sind von diesem Computer entfernt.</translation>
    </message>
    <message>
        <source>No reminder times are set. Add one with: {command}</source>
        <translation>Es sind keine Erinnerungszeiten festgelegt. Eine hinzufügen kannst du mit: {command}</translation>
    </message>
    <message>
        <source>Nudges will come at {time}.</source>
        <translation>Erinnerungen kommen um {time}.</translation>
    </message>
    <message>
        <source>No more nudges at {time}.</source>
        <translation>Um {time} kommen keine Erinnerungen mehr.</translation>
    </message>
    <message>
        <source>Small Steps is not running. Start it with: {command}</source>
        <translation>Small Steps läuft gerade nicht. Starten kannst du es mit: {command}</translation>
    </message>
    <message>
        <source>A nudge is on its way.</source>
        <translation>Eine Erinnerung ist unterwegs.</translation>
    </message>
    <message>
        <source>Small Steps is not running, so no nudge was sent. Start it with: {command}</source>
        <translation>Small Steps läuft gerade nicht, daher kommt keine Erinnerung. Starten kannst du es mit: {command}</translation>
    </message>
    <message>
        <source>The applications menu entry is for Linux and other free desktops.</source>
        <translation>Der Eintrag im Anwendungsmenü ist für Linux und andere freie Arbeitsumgebungen gedacht.</translation>
    </message>
    <message>
        <source>The menu entry could not be changed in {folder}: {reason}</source>
        <translation>Der Menüeintrag in {folder} ließ sich nicht ändern: {reason}</translation>
    </message>
    <message>
        <source>Small Steps is in your applications menu now (entry and icons in {folder}).</source>
        <translation>Small Steps ist jetzt in deinem Anwendungsmenü (Eintrag und Symbole in {folder}).</translation>
    </message>
    <message>
        <source>Small Steps is out of your applications menu now (removed from {folder}).</source>
        <translation>Small Steps ist jetzt nicht mehr in deinem Anwendungsmenü (aus {folder} entfernt).</translation>
    </message>
    <message>
        <source>There was no Small Steps menu entry in {folder}; nothing changed.</source>
        <translation>In {folder} gab es keinen Menüeintrag von Small Steps; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>DayGrid</name>
    <message>
        <source>{day}: {steps}</source>
        <extracomment>A day&apos;s tooltip: {day} is a date, {steps} e.g. &quot;3 small steps&quot; or &quot;a quiet day&quot;</extracomment>
        <translation>{day}: {steps}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>it is not a step</source>
        <translation>es ist kein Schritt</translation>
    </message>
    <message>
        <source>its id is missing or not an id</source>
        <translation>die ID fehlt oder ist keine gültige ID</translation>
    </message>
    <message>
        <source>its kind is missing or not a kind of step</source>
        <translation>die Art fehlt oder ist keine Art von Schritt</translation>
    </message>
    <message>
        <source>its time is missing</source>
        <translation>die Zeit fehlt</translation>
    </message>
    <message>
        <source>its time is not an ISO 8601 time</source>
        <translation>die Zeit ist keine Zeitangabe nach ISO 8601</translation>
    </message>
    <message>
        <source>its time has no UTC offset</source>
        <translation>die Zeit hat keinen Versatz zu UTC</translation>
    </message>
    <message>
        <source>its time is out of range</source>
        <translation>die Zeit liegt außerhalb des möglichen Bereichs</translation>
    </message>
    <message>
        <source>its note is not text</source>
        <translation>die Notiz ist kein Text</translation>
    </message>
    <message>
        <source>its note is too long or holds a NUL character</source>
        <translation>die Notiz ist zu lang oder enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>its note is not valid text</source>
        <translation>die Notiz ist kein gültiger Text</translation>
    </message>
    <message>
        <source>its feeling is not 1 to 5</source>
        <translation>das Befinden liegt nicht zwischen 1 und 5</translation>
    </message>
    <message>
        <source>That file is too large to be an export of Small Steps.</source>
        <translation>Diese Datei ist zu groß für einen Export von Small Steps.</translation>
    </message>
    <message>
        <source>That file is not text, so it cannot be an export.</source>
        <translation>Diese Datei enthält keinen Text und kann daher kein Export sein.</translation>
    </message>
    <message>
        <source>That JSON file could not be read.</source>
        <translation>Diese JSON-Datei ließ sich nicht lesen.</translation>
    </message>
    <message>
        <source>That JSON file is not an export of Small Steps.</source>
        <translation>Diese JSON-Datei ist kein Export von Small Steps.</translation>
    </message>
    <message>
        <source>That export comes from a newer Small Steps; please update.</source>
        <translation>Dieser Export stammt aus einer neueren Version von Small Steps; nach einem Update lässt er sich lesen.</translation>
    </message>
    <message>
        <source>That CSV file does not have the columns of an export.</source>
        <translation>Diese CSV-Datei hat nicht die Spalten eines Exports.</translation>
    </message>
    <message>
        <source>That CSV file could not be read.</source>
        <translation>Diese CSV-Datei ließ sich nicht lesen.</translation>
    </message>
    <message>
        <source>This export holds notes, and notes need your keyring (or a passphrase) to be kept safely. Nothing was imported.</source>
        <translation>Dieser Export enthält Notizen, und Notizen brauchen deinen Schlüsselbund (oder ein Passwort), um sicher aufbewahrt zu werden. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>This journal was written by a newer Small Steps; please update the app.</source>
        <translation>Dieses Tagebuch stammt aus einer neueren Version von Small Steps; nach einem Update der App lässt es sich öffnen.</translation>
    </message>
    <message>
        <source>A feeling is a number from 1 to 5.</source>
        <translation>Das Befinden ist eine Zahl von 1 bis 5.</translation>
    </message>
    <message>
        <source>Notes and feelings need your keyring (or a passphrase) to be kept safely.</source>
        <translation>Notizen und Befinden brauchen deinen Schlüsselbund (oder ein Passwort), um sicher aufbewahrt zu werden.</translation>
    </message>
    <message>
        <source>That note has characters that cannot be kept as text.</source>
        <translation>Diese Notiz enthält Zeichen, die sich nicht als Text speichern lassen.</translation>
    </message>
    <message>
        <source>The journal could not be written just now.</source>
        <translation>Das Tagebuch ließ sich gerade nicht speichern.</translation>
    </message>
    <message>
        <source>That key does not open this journal.</source>
        <translation>Dieser Schlüssel öffnet dieses Tagebuch nicht.</translation>
    </message>
    <message>
        <source>The key to your notes is not in your keyring. Your passphrase can open them.</source>
        <translation>Der Schlüssel zu deinen Notizen ist nicht in deinem Schlüsselbund. Dein Passwort kann sie öffnen.</translation>
    </message>
    <message>
        <source>The key to your notes is not in your keyring.</source>
        <translation>Der Schlüssel zu deinen Notizen ist nicht in deinem Schlüsselbund.</translation>
    </message>
    <message>
        <source>The key in your keyring does not open this journal’s notes.</source>
        <translation>Der Schlüssel in deinem Schlüsselbund öffnet die Notizen dieses Tagebuchs nicht.</translation>
    </message>
    <message>
        <source>No passphrase was set for these notes.</source>
        <translation>Für diese Notizen ist kein Passwort festgelegt.</translation>
    </message>
    <message>
        <source>That passphrase does not open your notes.</source>
        <translation>Dieses Passwort öffnet deine Notizen nicht.</translation>
    </message>
    <message>
        <source>A passphrase can be set once your notes are open.</source>
        <translation>Ein Passwort lässt sich nur festlegen, wenn die Notizen offen sind.</translation>
    </message>
    <message>
        <source>There is no keyring on this computer to keep the key to your notes.</source>
        <translation>Auf diesem Computer gibt es keinen Schlüsselbund, der den Schlüssel zu deinen Notizen aufbewahren kann.</translation>
    </message>
    <message>
        <source>Your keyring is locked. Unlock it, and your notes can be kept and read again.</source>
        <translation>Dein Schlüsselbund ist gesperrt. Sobald er entsperrt ist, lassen sich deine Notizen wieder speichern und lesen.</translation>
    </message>
    <message>
        <source>Your keyring did not answer just now, so notes cannot be kept or read.</source>
        <translation>Dein Schlüsselbund hat gerade nicht geantwortet, daher lassen sich Notizen im Moment weder speichern noch lesen.</translation>
    </message>
</context>
<context>
    <name>Feelings</name>
    <message>
        <source>Heavy</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <source>A little low</source>
        <translation>Etwas gedrückt</translation>
    </message>
    <message>
        <source>Steady</source>
        <translation>Ausgeglichen</translation>
    </message>
    <message>
        <source>Lighter</source>
        <translation>Leichter</translation>
    </message>
    <message>
        <source>Bright</source>
        <translation>Heiter</translation>
    </message>
</context>
<context>
    <name>FreedesktopNotifier</name>
    <message>
        <source>desktop notifications with buttons</source>
        <translation>Desktop-Benachrichtigungen mit Knöpfen</translation>
    </message>
    <message>
        <source>desktop notifications (a click opens the step dialog)</source>
        <translation>Desktop-Benachrichtigungen (ein Klick öffnet das Fenster „Ein kleiner Schritt“)</translation>
    </message>
    <message>
        <source>I did it</source>
        <translation>Gemacht</translation>
    </message>
    <message>
        <source>Another step…</source>
        <translation>Ein anderer Schritt…</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Später</translation>
    </message>
</context>
<context>
    <name>Icons</name>
    <message>
        <source>Breath</source>
        <translation>Atem</translation>
    </message>
    <message>
        <source>Footsteps</source>
        <translation>Fußspuren</translation>
    </message>
    <message>
        <source>Moon</source>
        <translation>Mond</translation>
    </message>
    <message>
        <source>Notebook</source>
        <translation>Notizbuch</translation>
    </message>
    <message>
        <source>Speech bubble</source>
        <translation>Sprechblase</translation>
    </message>
    <message>
        <source>Lotus</source>
        <translation>Lotus</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Uhr</translation>
    </message>
    <message>
        <source>Heart</source>
        <translation>Herz</translation>
    </message>
    <message>
        <source>Pencil</source>
        <translation>Bleistift</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Buch</translation>
    </message>
    <message>
        <source>Open hand</source>
        <translation>Offene Hand</translation>
    </message>
</context>
<context>
    <name>InAppNotifier</name>
    <message>
        <source>a small Small Steps window in the corner of the screen</source>
        <translation>ein kleines Fenster von Small Steps in der Ecke des Bildschirms</translation>
    </message>
</context>
<context>
    <name>Input</name>
    <message>
        <source>Up to {count} steps can be kept.</source>
        <translation>Bis zu {count} Schritte haben in der Liste Platz.</translation>
    </message>
    <message>
        <source>“{id}” cannot name a step twice or with odd letters.</source>
        <translation>„{id}“ ist schon an einen Schritt vergeben oder enthält ungewöhnliche Zeichen.</translation>
    </message>
    <message>
        <source>A step’s name is 1 to {count} letters on one line.</source>
        <translation>Der Name eines Schritts hat 1 bis {count} Zeichen in einer Zeile.</translation>
    </message>
    <message>
        <source>“{icon}” is not one of the icons.</source>
        <translation>„{icon}“ ist keines der Symbole.</translation>
    </message>
    <message>
        <source>At least one step stays in the list.</source>
        <translation>Mindestens ein Schritt bleibt in der Liste.</translation>
    </message>
    <message>
        <source>A step’s name is 1 to {count} letters.</source>
        <translation>Der Name eines Schritts hat 1 bis {count} Zeichen.</translation>
    </message>
    <message>
        <source>A feeling is a number from 1 to 5 ({words}).</source>
        <translation>Das Befinden ist eine Zahl von 1 bis 5 ({words}).</translation>
    </message>
    <message>
        <source>“{text}” is not a time; please use HH:MM, like 14:30.</source>
        <translation>„{text}“ ist keine Uhrzeit; bitte im Format HH:MM, etwa 14:30.</translation>
    </message>
    <message>
        <source>“{text}” is not a time of day; please use 00:00 to 23:59.</source>
        <translation>„{text}“ ist keine Uhrzeit des Tages; möglich sind 00:00 bis 23:59.</translation>
    </message>
    <message>
        <source>“{text}” is not a day; please use mon,tue,wed,thu,fri,sat,sun.</source>
        <translation>„{text}“ ist kein Wochentag; möglich sind mon,tue,wed,thu,fri,sat,sun.</translation>
    </message>
    <message>
        <source>“{text}” is not a date and time; please use ISO 8601, like 2026-11-28T14:30.</source>
        <translation>„{text}“ ist kein Datum mit Uhrzeit; bitte nach ISO 8601, etwa 2026-11-28T14:30.</translation>
    </message>
    <message>
        <source>“{kind}” is not one of the steps. The steps are: {kinds}.</source>
        <translation>„{kind}“ ist keiner der Schritte. Die Schritte sind: {kinds}.</translation>
    </message>
    <message>
        <source>A feeling is a number from 1 to 5.</source>
        <translation>Das Befinden ist eine Zahl von 1 bis 5.</translation>
    </message>
    <message>
        <source>That note has characters that cannot be kept as text.</source>
        <translation>Diese Notiz enthält Zeichen, die sich nicht als Text speichern lassen.</translation>
    </message>
    <message>
        <source>That note is very long; please keep it under 100,000 characters.</source>
        <translation>Diese Notiz ist sehr lang; Platz ist für knapp 100.000 Zeichen.</translation>
    </message>
    <message>
        <source>The time of a step needs a time zone.</source>
        <translation>Die Zeit eines Schritts braucht eine Zeitzone.</translation>
    </message>
    <message>
        <source>Please give a time between {first} and {last}.</source>
        <translation>Möglich ist eine Zeit zwischen {first} und {last}.</translation>
    </message>
    <message>
        <source>Up to {count} reminder times can be kept.</source>
        <translation>Bis zu {count} Erinnerungszeiten haben in der Liste Platz.</translation>
    </message>
    <message>
        <source>The reminder at {time} needs at least one day.</source>
        <translation>Die Erinnerung um {time} braucht mindestens einen Tag.</translation>
    </message>
    <message>
        <source>Quiet hours need a start and an end that differ.</source>
        <translation>Beginn und Ende der Ruhezeit brauchen verschiedene Uhrzeiten.</translation>
    </message>
</context>
<context>
    <name>NudgePopup</name>
    <message>
        <source>Small Steps nudge</source>
        <translation>Erinnerung von Small Steps</translation>
    </message>
    <message>
        <source>An invitation to a small step. Esc lets it go.</source>
        <translation>Eine Einladung zu einem kleinen Schritt. Mit Esc lässt du sie ziehen.</translation>
    </message>
    <message>
        <source>I did it</source>
        <translation>Gemacht</translation>
    </message>
    <message>
        <source>Another step…</source>
        <translation>Ein anderer Schritt…</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <source>Keeps the suggested step in your journal.</source>
        <translation>Hält den vorgeschlagenen Schritt in deinem Tagebuch fest.</translation>
    </message>
    <message>
        <source>Another step</source>
        <translation>Ein anderer Schritt</translation>
    </message>
    <message>
        <source>Opens a small window to choose the step you took.</source>
        <translation>Öffnet ein kleines Fenster, in dem du den Schritt wählst, den du gegangen bist.</translation>
    </message>
    <message>
        <source>This nudge comes again a little later.</source>
        <translation>Diese Erinnerung kommt etwas später noch einmal.</translation>
    </message>
    <message>
        <source>Lets this nudge go. Esc does the same.</source>
        <translation>Lässt diese Erinnerung ziehen. Esc tut dasselbe.</translation>
    </message>
</context>
<context>
    <name>PacerWindow</name>
    <message>
        <source>Breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>Hold, gently</source>
        <translation>Sanft halten</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <source>In for 4, out for 6 (settling)</source>
        <translation>4 ein, 6 aus (beruhigend)</translation>
    </message>
    <message>
        <source>In for 4, out for 4 (even)</source>
        <translation>4 ein, 4 aus (gleichmäßig)</translation>
    </message>
    <message>
        <source>In for 4, hold for 7, out for 8</source>
        <translation>4 ein, 7 halten, 8 aus</translation>
    </message>
    <message>
        <source>A minute of breathing · Small Steps</source>
        <translation>Eine Minute atmen · Small Steps</translation>
    </message>
    <message>
        <source>Let the shape lead. Breathe in as it grows, out as it shrinks.</source>
        <translation>Die Form gibt den Takt vor. Einatmen, wenn sie wächst, ausatmen, wenn sie kleiner wird.</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Atmen</translation>
    </message>
    <message>
        <source>The part of the breath now</source>
        <translation>Der Teil des Atemzugs gerade jetzt</translation>
    </message>
    <message>
        <source>Rhythm</source>
        <translation>Rhythmus</translation>
    </message>
    <message>
        <source>How many seconds to breathe in, hold and out</source>
        <translation>Wie viele Sekunden du einatmest, hältst und ausatmest</translation>
    </message>
    <message>
        <source>&amp;Rhythm</source>
        <extracomment>The label of the rhythm list; &amp; marks the Alt+letter that moves there</extracomment>
        <translation>&amp;Rhythmus</translation>
    </message>
    <message>
        <source>Stop here</source>
        <translation>Hier aufhören</translation>
    </message>
    <message>
        <source>Stop the breathing exercise here</source>
        <translation>Atemübung hier beenden</translation>
    </message>
    <message>
        <source>Stops the pacer; the breaths you took can still be kept</source>
        <translation>Beendet die Atemhilfe; deine Atemzüge lassen sich trotzdem festhalten</translation>
    </message>
    <message>
        <source>Keep this as a step</source>
        <translation>Als Schritt festhalten</translation>
    </message>
    <message>
        <source>Records a few slow breaths in your journal</source>
        <translation>Hält ein paar ruhige Atemzüge in deinem Tagebuch fest</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Closes the pacer; nothing is recorded</source>
        <translation>Schließt die Atemhilfe; es wird nichts eingetragen</translation>
    </message>
    <message>
        <source>When you are ready</source>
        <translation>Wenn du so weit bist</translation>
    </message>
    <message>
        <source>Begin</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <source>Begin breathing</source>
        <translation>Mit dem Atmen beginnen</translation>
    </message>
    <message>
        <source>About a minute of slow breathing in the chosen rhythm</source>
        <translation>Etwa eine Minute ruhiges Atmen im gewählten Rhythmus</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Noch einmal</translation>
    </message>
    <message>
        <source>Breathe again</source>
        <translation>Noch einmal atmen</translation>
    </message>
    <message>
        <source>Another minute of slow breathing in the chosen rhythm</source>
        <translation>Noch eine Minute ruhiges Atmen im gewählten Rhythmus</translation>
    </message>
    <message>
        <source>That was a minute of slow breathing.</source>
        <translation>Das war eine Minute ruhiges Atmen.</translation>
    </message>
    <message>
        <source>Every breath counts.</source>
        <translation>Jeder Atemzug zählt.</translation>
    </message>
    <message>
        <source>Would you like to keep it as a step?</source>
        <translation>Möchtest du das als Schritt festhalten?</translation>
    </message>
</context>
<context>
    <name>PlyerNotifier</name>
    <message>
        <source>system notifications without buttons (answer from the tray)</source>
        <translation>Systembenachrichtigungen ohne Knöpfe (Antwort über den Infobereich)</translation>
    </message>
</context>
<context>
    <name>ReminderRow</name>
    <message>
        <source>Reminder time</source>
        <translation>Erinnerungszeit</translation>
    </message>
    <message>
        <source>When this nudge comes. Type the hours and minutes, or use the arrow keys.</source>
        <translation>Wann diese Erinnerung kommt. Stunden und Minuten eintippen oder die Pfeiltasten verwenden.</translation>
    </message>
    <message>
        <source>At</source>
        <extracomment>Before a reminder time, as in &quot;At 10:30 Mon Tue Wed …&quot;</extracomment>
        <translation>Um</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>{day}, at {time}</source>
        <translation>{day}, um {time}</translation>
    </message>
    <message>
        <source>Ticked: the nudge at {time} comes on {day}.</source>
        <translation>Ausgewählt: Die Erinnerung um {time} kommt am {day}.</translation>
    </message>
    <message>
        <source>Remove the reminder at {time}</source>
        <translation>Erinnerung um {time} entfernen</translation>
    </message>
    <message>
        <source>Takes this time out of the list; the other times stay as they are.</source>
        <translation>Nimmt diese Zeit aus der Liste; die anderen Zeiten bleiben, wie sie sind.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Small Steps settings</source>
        <translation>Einstellungen von Small Steps</translation>
    </message>
    <message>
        <source>When nudges come, your own steps, the language and your journal.</source>
        <translation>Wann Erinnerungen kommen, deine eigenen Schritte, die Sprache und dein Tagebuch.</translation>
    </message>
    <message>
        <source>Gentle nudges come at these times, on the days you tick. Changes are kept as you make them.</source>
        <translation>Sanfte Erinnerungen kommen zu diesen Zeiten, an den Tagen mit Häkchen. Jede Änderung wird gleich gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Add a time</source>
        <translation>Zeit &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add a time</source>
        <translation>Zeit hinzufügen</translation>
    </message>
    <message>
        <source>Adds a reminder time at the next free hour; change it as you like.</source>
        <translation>Fügt eine Erinnerungszeit zur nächsten freien Stunde hinzu; du kannst sie ändern, wie du magst.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Closes Settings. Every change is already kept.</source>
        <translation>Schließt die Einstellungen. Jede Änderung ist schon gespeichert.</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Seiten der Einstellungen</translation>
    </message>
    <message>
        <source>Nudges, your steps, and your journal with the general settings.</source>
        <translation>Erinnerungen, deine Schritte und dein Tagebuch mit den allgemeinen Einstellungen.</translation>
    </message>
    <message>
        <source>&amp;Nudges</source>
        <translation>&amp;Erinnerungen</translation>
    </message>
    <message>
        <source>Your &amp;steps</source>
        <translation>Deine &amp;Schritte</translation>
    </message>
    <message>
        <source>Your &amp;journal and more</source>
        <translation>Dein &amp;Tagebuch und mehr</translation>
    </message>
    <message>
        <source>When nudges may come</source>
        <translation>Wann Erinnerungen kommen dürfen</translation>
    </message>
    <message>
        <source>&amp;Quiet hours, from</source>
        <translation>&amp;Ruhezeit von</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Ruhezeit</translation>
    </message>
    <message>
        <source>When ticked, no nudge comes between these two times.</source>
        <translation>Mit Häkchen kommt zwischen diesen beiden Zeiten keine Erinnerung.</translation>
    </message>
    <message>
        <source>Quiet from</source>
        <translation>Ruhezeit ab</translation>
    </message>
    <message>
        <source>The time the quiet hours begin.</source>
        <translation>Die Uhrzeit, zu der die Ruhezeit beginnt.</translation>
    </message>
    <message>
        <source>Quiet until</source>
        <translation>Ruhezeit bis</translation>
    </message>
    <message>
        <source>The time the quiet hours end; it may be on the next morning.</source>
        <translation>Die Uhrzeit, zu der die Ruhezeit endet; das darf auch am nächsten Morgen sein.</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between the two times of the quiet hours, as in &quot;from 21:00 to 08:00&quot;</extracomment>
        <translation>bis</translation>
    </message>
    <message>
        <source>Nudges on {day}</source>
        <translation>Erinnerungen am {day}</translation>
    </message>
    <message>
        <source>Ticked: nudges may come on {day}.</source>
        <translation>Ausgewählt: Am {day} dürfen Erinnerungen kommen.</translation>
    </message>
    <message>
        <source>Nudges come &amp;on</source>
        <translation>Erinnerungen kommen &amp;an</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>After a number of minutes, as in &quot;30 min&quot;</extracomment>
        <translation> min</translation>
    </message>
    <message>
        <source>After the computer sleeps, a nudge may still come this late.</source>
        <translation>Nach dem Ruhezustand des Computers darf eine Erinnerung noch so viel später kommen.</translation>
    </message>
    <message>
        <source>Late window in minutes</source>
        <translation>Spätfenster in Minuten</translation>
    </message>
    <message>
        <source>A &amp;late nudge may still come within</source>
        <translation>Eine &amp;verspätete Erinnerung darf noch kommen bis zu</translation>
    </message>
    <message>
        <source>When you are away this long, a nudge waits for your return.</source>
        <translation>Wenn du so lange weg bist, wartet eine Erinnerung, bis du zurück bist.</translation>
    </message>
    <message>
        <source>Away after minutes idle</source>
        <translation>Weg nach so vielen Minuten ohne Eingabe</translation>
    </message>
    <message>
        <source>&amp;Wait for me when I am away for</source>
        <translation>Auf mich &amp;warten, wenn ich länger weg bin als</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Start Small Steps when I log &amp;in (it waits quietly in the tray)</source>
        <translation>Small Steps beim &amp;Anmelden starten (wartet leise im Infobereich)</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Beim Anmelden starten</translation>
    </message>
    <message>
        <source>Small Steps starts with your session and waits quietly in the tray.</source>
        <translation>Small Steps startet mit deiner Sitzung und wartet leise im Infobereich.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language Small Steps speaks, or the system&apos;s language.</source>
        <translation>Die Sprache, in der Small Steps spricht, oder die Sprache des Systems.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <source>Windows opened from now on use the new language.</source>
        <translation>Fenster, die du ab jetzt öffnest, sprechen die neue Sprache.</translation>
    </message>
    <message>
        <source>Your journal</source>
        <translation>Dein Tagebuch</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export your steps and notes to a file</source>
        <translation>Deine Schritte und Notizen in eine Datei exportieren</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Bring steps in from an export</source>
        <translation>Schritte aus einem Export übernehmen</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Take a backup copy now</source>
        <translation>Jetzt eine Sicherungskopie anlegen</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Bring back a backup copy</source>
        <translation>Eine Sicherungskopie zurückholen</translation>
    </message>
    <message>
        <source>Delete all my data…</source>
        <translation>Alle meine Daten löschen…</translation>
    </message>
    <message>
        <source>Delete all my data</source>
        <translation>Alle meine Daten löschen</translation>
    </message>
    <message>
        <source>Remove everything, for good. You are asked first.</source>
        <translation>Alles endgültig entfernen. Vorher kommt eine Rückfrage.</translation>
    </message>
    <message>
        <source>About Small Steps</source>
        <translation>Über Small Steps</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Nudges arrive as</source>
        <translation>Erinnerungen kommen als</translation>
    </message>
    <message>
        <source>Tray icon</source>
        <translation>Symbol im Infobereich</translation>
    </message>
    <message>
        <source>Your journal is kept in</source>
        <translation>Dein Tagebuch liegt in</translation>
    </message>
    <message>
        <source>Two reminders share a time; please change one of them.</source>
        <translation>Zwei Erinnerungen haben dieselbe Uhrzeit; bitte eine davon ändern.</translation>
    </message>
    <message>
        <source>Saved. Windows opened from now on use the new language.</source>
        <translation>Gespeichert. Fenster, die du ab jetzt öffnest, sprechen die neue Sprache.</translation>
    </message>
    <message>
        <source>Saved. Nudges follow these times from now on.</source>
        <translation>Gespeichert. Erinnerungen kommen ab jetzt zu diesen Zeiten.</translation>
    </message>
</context>
<context>
    <name>SmallStepsApp</name>
    <message>
        <source>Changed your mind? Undo is in the tray menu for a minute.</source>
        <translation>Anders überlegt? Eine Minute lang lässt es sich im Menü im Infobereich rückgängig machen.</translation>
    </message>
    <message>
        <source>Kept: {step}</source>
        <translation>Festgehalten: {step}</translation>
    </message>
    <message>
        <source>That step is still kept</source>
        <translation>Der Schritt bleibt eingetragen</translation>
    </message>
    <message>
        <source>Getting your nudges ready…</source>
        <translation>Deine Erinnerungen werden vorbereitet…</translation>
    </message>
    <message>
        <source>Nudges resting until tomorrow</source>
        <translation>Erinnerungen ruhen bis morgen</translation>
    </message>
    <message>
        <source>Nudges resting until {time}</source>
        <translation>Erinnerungen ruhen bis {time}</translation>
    </message>
    <message>
        <source>Snoozed: back at {time}</source>
        <translation>Später: wieder um {time}</translation>
    </message>
    <message>
        <source>No nudges planned</source>
        <translation>Keine Erinnerungen geplant</translation>
    </message>
    <message>
        <source>Next nudge at {time}</source>
        <translation>Nächste Erinnerung um {time}</translation>
    </message>
    <message>
        <source>Next nudge tomorrow at {time}</source>
        <translation>Nächste Erinnerung morgen um {time}</translation>
    </message>
    <message>
        <source>Next nudge {day} at {time}</source>
        <translation>Nächste Erinnerung {day} um {time}</translation>
    </message>
    <message>
        <source>{problem} Your words are still here; nothing was lost.</source>
        <translation>{problem} Deine Worte sind noch da; nichts ist verloren.</translation>
    </message>
    <message>
        <source>Your step could not be written just now (the disk may be full or read-only). It is held here and will be saved as soon as it can; nothing was lost.</source>
        <translation>Dein Schritt ließ sich gerade nicht speichern (vielleicht ist der Datenträger voll oder schreibgeschützt). Er bleibt hier und wird gespeichert, sobald es geht; nichts ist verloren.</translation>
    </message>
    <message>
        <source>Your step is saved now</source>
        <translation>Dein Schritt ist jetzt gespeichert</translation>
    </message>
    <message>
        <source>The step from {time} is in your journal.</source>
        <translation>Der Schritt von {time} ist in deinem Tagebuch.</translation>
    </message>
    <message>
        <source>Choose a passphrase for your notes. It is never stored; you will need it to read your notes on this computer.</source>
        <translation>Hier kannst du ein Passwort für deine Notizen wählen. Es wird nirgends gespeichert; du brauchst es, um deine Notizen auf diesem Computer zu lesen.</translation>
    </message>
    <message>
        <source>Your passphrase opens your notes.</source>
        <translation>Dein Passwort öffnet deine Notizen.</translation>
    </message>
    <message>
        <source>Notes passphrase</source>
        <translation>Passwort für Notizen</translation>
    </message>
    <message>
        <source>{problem} Nothing was changed.</source>
        <translation>{problem} Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>In your panel. A left click opens the step dialog; a right click, the menu.</source>
        <translation>Im Infobereich. Ein Linksklick öffnet das Fenster „Ein kleiner Schritt“, ein Rechtsklick das Menü.</translation>
    </message>
    <message>
        <source>This desktop shows no tray, so there is no icon. Nudges still come, and starting Small Steps again opens your week. On GNOME, the AppIndicator extension adds a tray.</source>
        <translation>Diese Arbeitsumgebung zeigt keinen Infobereich, daher gibt es kein Symbol. Erinnerungen kommen trotzdem, und ein erneuter Start von Small Steps öffnet deine Woche. Unter GNOME fügt die Erweiterung „AppIndicator“ einen Infobereich hinzu.</translation>
    </message>
    <message>
        <source>{reason} You can open them with your passphrase, if you set one.</source>
        <translation>{reason} Du kannst sie mit deinem Passwort öffnen, falls du eines festgelegt hast.</translation>
    </message>
    <message>
        <source>Export your journal</source>
        <translation>Tagebuch exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json);;CSV (*.csv)</source>
        <translation>JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>The export could not be written ({reason}). Nothing was changed.</source>
        <translation>Der Export ließ sich nicht speichern ({reason}). Es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n small step(s) written to {path}. Only you can read it.</source>
        <translation>
            <numerusform>%n kleiner Schritt in {path} gespeichert. Nur du kannst die Datei lesen.</numerusform>
            <numerusform>%n kleine Schritte in {path} gespeichert. Nur du kannst die Datei lesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import steps</source>
        <translation>Schritte importieren</translation>
    </message>
    <message>
        <source>Exports (*.json *.csv)</source>
        <translation>Exporte (*.json *.csv)</translation>
    </message>
    <message>
        <source>{problem} Nothing was imported.</source>
        <translation>{problem} Es wurde nichts importiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n small step(s) added</source>
        <translation>
            <numerusform>%n kleiner Schritt hinzugefügt</numerusform>
            <numerusform>%n kleine Schritte hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n schon vorhanden</numerusform>
            <numerusform>%n schon vorhanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not imported.</source>
        <translation>
            <numerusform>%n nicht importiert.</numerusform>
            <numerusform>%n nicht importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row {row}: not imported, because {reason}.</source>
        <translation>Zeile {row} nicht importiert: {reason}.</translation>
    </message>
    <message>
        <source>A backup is kept as {name}.</source>
        <translation>Die Sicherung ist als {name} gespeichert.</translation>
    </message>
    <message>
        <source>There are no backups yet. Small Steps takes one each day while it runs.</source>
        <translation>Noch gibt es keine Sicherungen. Small Steps legt jeden Tag eine an, während es läuft.</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Bring back the journal from:</source>
        <translation>Das Tagebuch zurückholen vom:</translation>
    </message>
    <message>
        <source>{problem} Your journal is as it was.</source>
        <translation>{problem} Dein Tagebuch ist unverändert.</translation>
    </message>
    <message>
        <source>Your journal from {when} is back. The one before it is kept beside it.</source>
        <translation>Dein Tagebuch vom {when} ist zurück. Das bisherige liegt gut aufbewahrt daneben.</translation>
    </message>
    <message>
        <source>Delete all my data</source>
        <translation>Alle meine Daten löschen</translation>
    </message>
    <message>
        <source>This removes every step, note, backup and setting Small Steps keeps, and the key in your keyring. It cannot be undone. Delete everything?</source>
        <translation>Damit werden alle Schritte, Notizen, Sicherungen und Einstellungen von Small Steps entfernt, dazu der Schlüssel in deinem Schlüsselbund. Das lässt sich nicht rückgängig machen. Alles löschen?</translation>
    </message>
    <message>
        <source>All your Small Steps data has been removed from this computer. Small Steps will close now.</source>
        <translation>Alle deine Daten von Small Steps sind von diesem Computer entfernt. Small Steps wird jetzt beendet.</translation>
    </message>
    <message>
        <source>That could not be changed ({reason}).</source>
        <translation>Das ließ sich nicht ändern ({reason}).</translation>
    </message>
    <message>
        <source>{problem} Nothing was lost; you can try again.</source>
        <translation>{problem} Nichts ist verloren; du kannst es noch einmal versuchen.</translation>
    </message>
    <message>
        <source>Small Steps is already running; it has been brought forward.</source>
        <translation>Small Steps läuft schon; es wurde nach vorn geholt.</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>A small step</source>
        <translation>Ein kleiner Schritt</translation>
    </message>
    <message>
        <source>Say which small step you took, with a note and a feeling if you like.</source>
        <translation>Hier hältst du fest, welchen kleinen Schritt du gegangen bist – mit Notiz und Befinden, wenn du magst.</translation>
    </message>
    <message>
        <source>What did you do? Any step counts.</source>
        <translation>Was hast du getan? Jeder Schritt zählt.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>The small step you took. The arrow keys choose; Enter saves.</source>
        <translation>Der kleine Schritt, den du gegangen bist. Die Pfeiltasten wählen, Eingabe speichert.</translation>
    </message>
    <message>
        <source>A &amp;note, if you like</source>
        <translation>Eine &amp;Notiz, wenn du magst</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Optional. Enter saves, Shift+Enter starts a new line</source>
        <translation>Freiwillig. Eingabe speichert, Umschalt+Eingabe beginnt eine neue Zeile</translation>
    </message>
    <message>
        <source>Optional. Enter saves; Shift+Enter starts a new line.</source>
        <translation>Freiwillig. Eingabe speichert; Umschalt+Eingabe beginnt eine neue Zeile.</translation>
    </message>
    <message>
        <source>How are you &amp;feeling? (optional)</source>
        <translation>Wie geht es dir &amp;gerade? (freiwillig)</translation>
    </message>
    <message>
        <source>Feeling: {feeling}</source>
        <translation>Befinden: {feeling}</translation>
    </message>
    <message>
        <source>Optional. Choose it if it fits how you feel; choose it again to let it go.</source>
        <translation>Freiwillig. Wählen, wenn es zu deinem Befinden passt; noch einmal wählen hebt die Wahl auf.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Keeps this step in your journal. Enter does the same.</source>
        <translation>Hält diesen Schritt in deinem Tagebuch fest. Eingabe tut dasselbe.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Closes this window without keeping anything. Esc does the same.</source>
        <translation>Schließt dieses Fenster, ohne etwas festzuhalten. Esc tut dasselbe.</translation>
    </message>
    <message>
        <source>Use a &amp;passphrase…</source>
        <translation>&amp;Passwort verwenden…</translation>
    </message>
    <message>
        <source>Use a passphrase</source>
        <translation>Passwort verwenden</translation>
    </message>
    <message>
        <source>Keeps your note locked with a passphrase you choose.</source>
        <translation>Schützt deine Notiz mit einem Passwort, das du wählst.</translation>
    </message>
    <message>
        <source>Save &amp;without the note</source>
        <translation>&amp;Ohne Notiz speichern</translation>
    </message>
    <message>
        <source>Save without the note</source>
        <translation>Ohne Notiz speichern</translation>
    </message>
    <message>
        <source>Keeps the step now; the note itself is not kept.</source>
        <translation>Hält den Schritt jetzt fest; die Notiz selbst wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>Please choose the step you took from the list.</source>
        <translation>Welchen Schritt bist du gegangen? Du kannst ihn in der Liste wählen.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Closes this window. It also closes by itself in a moment.</source>
        <translation>Schließt dieses Fenster. Es schließt sich auch gleich von selbst.</translation>
    </message>
    <message>
        <source>Try again now</source>
        <translation>Noch einmal versuchen</translation>
    </message>
    <message>
        <source>Tries once more to keep this step in your journal.</source>
        <translation>Versucht noch einmal, diesen Schritt in deinem Tagebuch festzuhalten.</translation>
    </message>
    <message>
        <source>{reason} Your note is still here; nothing was lost. You can keep it with a passphrase instead, or save the step without it.</source>
        <translation>{reason} Deine Notiz ist noch da; nichts ist verloren. Du kannst sie stattdessen mit einem Passwort schützen oder den Schritt ohne sie speichern.</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>A few slow breaths</source>
        <translation>Ein paar ruhige Atemzüge</translation>
    </message>
    <message>
        <source>Three slow breaths, in and out.</source>
        <translation>Drei langsame Atemzüge, ein und aus.</translation>
    </message>
    <message>
        <source>A short walk outside</source>
        <translation>Ein kurzer Gang nach draußen</translation>
    </message>
    <message>
        <source>A few minutes outside, in the daylight.</source>
        <translation>Ein paar Minuten draußen, im Tageslicht.</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Ausruhen</translation>
    </message>
    <message>
        <source>Rest for a moment. Resting is a step too.</source>
        <translation>Einen Moment ausruhen. Auch Ruhe ist ein Schritt.</translation>
    </message>
    <message>
        <source>A few lines in a journal</source>
        <translation>Ein paar Zeilen ins Tagebuch</translation>
    </message>
    <message>
        <source>A line or two about today.</source>
        <translation>Ein, zwei Zeilen über heute.</translation>
    </message>
    <message>
        <source>Reaching out to someone</source>
        <translation>Sich bei jemandem melden</translation>
    </message>
    <message>
        <source>A short message to someone you trust.</source>
        <translation>Eine kurze Nachricht an jemanden, dem du vertraust.</translation>
    </message>
    <message>
        <source>A mindful pause</source>
        <translation>Eine achtsame Pause</translation>
    </message>
    <message>
        <source>Notice five things you can see.</source>
        <translation>Fünf Dinge bemerken, die du gerade sehen kannst.</translation>
    </message>
    <message>
        <source>Keeping a routine</source>
        <translation>Ein Stück Routine</translation>
    </message>
    <message>
        <source>One small part of your usual routine.</source>
        <translation>Ein kleiner Teil deines gewohnten Alltags.</translation>
    </message>
    <message>
        <source>Gratitude</source>
        <translation>Dankbarkeit</translation>
    </message>
    <message>
        <source>One thing that was kind to you today.</source>
        <translation>Eine Sache, die heute gut zu dir war.</translation>
    </message>
    <message>
        <source>Something creative</source>
        <translation>Etwas Kreatives</translation>
    </message>
    <message>
        <source>Ten minutes of making something.</source>
        <translation>Zehn Minuten, in denen etwas entsteht.</translation>
    </message>
    <message>
        <source>Something uplifting to read</source>
        <translation>Etwas Aufbauendes lesen</translation>
    </message>
    <message>
        <source>A page of something that lifts you.</source>
        <translation>Eine Seite von etwas, das dir guttut.</translation>
    </message>
    <message>
        <source>Asking for support</source>
        <translation>Um Unterstützung bitten</translation>
    </message>
    <message>
        <source>Asking for help is brave. One small ask.</source>
        <translation>Um Hilfe zu bitten ist mutig. Eine kleine Bitte.</translation>
    </message>
    <message>
        <source>A small step of your own: {name}.</source>
        <translation>Ein eigener kleiner Schritt: {name}.</translation>
    </message>
</context>
<context>
    <name>StepsEditor</name>
    <message>
        <source>Ticked steps are offered; unticked ones stay in your history.</source>
        <translation>Schritte mit Häkchen werden angeboten; die anderen bleiben in deinem Verlauf.</translation>
    </message>
    <message>
        <source>Your steps</source>
        <translation>Deine Schritte</translation>
    </message>
    <message>
        <source>Tick a step to offer it; untick to hide it. Space ticks and unticks.</source>
        <translation>Mit Häkchen wird ein Schritt angeboten, ohne Häkchen ausgeblendet. Die Leertaste setzt und entfernt das Häkchen.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Add a step…</source>
        <translation>Schritt &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Icon…</source>
        <translation>Sym&amp;bol…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach u&amp;nten</translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Adds a step of your own, with a name you choose.</source>
        <translation>Fügt einen eigenen Schritt hinzu, mit einem Namen deiner Wahl.</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Gives the chosen step a new name; its history stays with it.</source>
        <translation>Gibt dem gewählten Schritt einen neuen Namen; sein Verlauf bleibt erhalten.</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Chooses the picture for the chosen step.</source>
        <translation>Wählt das Symbol für den gewählten Schritt.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Moves the chosen step one place up the list.</source>
        <translation>Schiebt den gewählten Schritt in der Liste eine Stelle nach oben.</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Moves the chosen step one place down the list.</source>
        <translation>Schiebt den gewählten Schritt in der Liste eine Stelle nach unten.</translation>
    </message>
    <message>
        <source>What is the step called?</source>
        <translation>Wie heißt der Schritt?</translation>
    </message>
    <message>
        <source>Rename a step</source>
        <translation>Schritt umbenennen</translation>
    </message>
    <message>
        <source>Icons</source>
        <translation>Symbole</translation>
    </message>
    <message>
        <source>The pictures a step can have. Enter chooses one.</source>
        <translation>Die Symbole, die ein Schritt haben kann. Eingabe wählt eines aus.</translation>
    </message>
</context>
<context>
    <name>TintLegend</name>
    <message>
        <source>Key to the colours</source>
        <translation>Erklärung der Farben</translation>
    </message>
    <message>
        <source>A day is tinted more deeply the more steps it holds; a day with none stays plain</source>
        <translation>Je mehr Schritte ein Tag hat, desto kräftiger ist seine Farbe; ein ruhiger Tag bleibt ungefärbt</translation>
    </message>
    <message>
        <source>Steps in a day:</source>
        <translation>Schritte an einem Tag:</translation>
    </message>
    <message>
        <source>{count}+</source>
        <extracomment>Under the last swatch of the key: this many steps or more ({count} is a number)</extracomment>
        <translation>{count}+</translation>
    </message>
</context>
<context>
    <name>TrayBalloonNotifier</name>
    <message>
        <source>tray icon messages (a click opens the step dialog)</source>
        <translation>Meldungen am Symbol im Infobereich (ein Klick öffnet das Fenster „Ein kleiner Schritt“)</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Small Steps</source>
        <translation>Small Steps</translation>
    </message>
    <message>
        <source>Small Steps
{status}</source>
        <translation>Small Steps
{status}</translation>
    </message>
    <message>
        <source>Take a small step, breathe, snooze or pause nudges, see your week.</source>
        <translation>Einen kleinen Schritt eintragen, atmen, Erinnerungen verschieben oder pausieren, deine Woche ansehen.</translation>
    </message>
    <message>
        <source>Take a small step now…</source>
        <translation>Einen kleinen Schritt eintragen…</translation>
    </message>
    <message>
        <source>Opens a small window to keep a step you took.</source>
        <translation>Öffnet ein kleines Fenster, um einen Schritt festzuhalten, den du gegangen bist.</translation>
    </message>
    <message>
        <source>Undo “{step}”</source>
        <translation>„{step}“ rückgängig machen</translation>
    </message>
    <message>
        <source>Takes back the step you just kept.</source>
        <translation>Nimmt den Schritt zurück, den du gerade festgehalten hast.</translation>
    </message>
    <message>
        <source>A minute of breathing…</source>
        <translation>Eine Minute atmen…</translation>
    </message>
    <message>
        <source>Opens the breathing pacer.</source>
        <translation>Öffnet die Atemhilfe.</translation>
    </message>
    <message>
        <source>When the next nudge comes.</source>
        <translation>Wann die nächste Erinnerung kommt.</translation>
    </message>
    <message>
        <source>Snooze {duration}</source>
        <translation>In {duration} noch einmal</translation>
    </message>
    <message>
        <source>The next nudge comes a little later.</source>
        <translation>Die nächste Erinnerung kommt etwas später.</translation>
    </message>
    <message>
        <source>Pause for 1 hour</source>
        <translation>1 Stunde pausieren</translation>
    </message>
    <message>
        <source>No nudges for an hour.</source>
        <translation>Eine Stunde lang keine Erinnerungen.</translation>
    </message>
    <message>
        <source>Pause until tomorrow</source>
        <translation>Bis morgen pausieren</translation>
    </message>
    <message>
        <source>No more nudges today.</source>
        <translation>Heute keine Erinnerungen mehr.</translation>
    </message>
    <message>
        <source>Resume nudges</source>
        <translation>Erinnerungen fortsetzen</translation>
    </message>
    <message>
        <source>Nudges come again at their times.</source>
        <translation>Erinnerungen kommen wieder zu ihren Zeiten.</translation>
    </message>
    <message>
        <source>This week…</source>
        <translation>Diese Woche…</translation>
    </message>
    <message>
        <source>Shows the small steps of this week.</source>
        <translation>Zeigt die kleinen Schritte dieser Woche.</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Reminder times, your steps, the language and your journal.</source>
        <translation>Erinnerungszeiten, deine Schritte, die Sprache und dein Tagebuch.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Closes Small Steps; no nudges come until it starts again.</source>
        <translation>Beendet Small Steps; bis zum nächsten Start kommen keine Erinnerungen.</translation>
    </message>
</context>
<context>
    <name>WeekChartView</name>
    <message>
        <source>How it felt</source>
        <translation>Wie es sich anfühlte</translation>
    </message>
</context>
<context>
    <name>WeekExport</name>
    <message>
        <source>the chart could not be turned into an image</source>
        <translation>das Diagramm ließ sich nicht in ein Bild umwandeln</translation>
    </message>
    <message>
        <source>Small steps, the week of {dates}</source>
        <extracomment>Title of the printable summary; {dates} e.g. &quot;2 March – 8 March 2026&quot;</extracomment>
        <translation>Kleine Schritte, Woche vom {dates}</translation>
    </message>
    <message>
        <source>A quiet week in the journal. Quiet weeks are part of the way too.</source>
        <translation>Eine ruhige Woche im Tagebuch. Auch ruhige Wochen gehören zum Weg.</translation>
    </message>
    <message>
        <source>{kind} × {count}</source>
        <extracomment>One kind of step taken more than once on a day, e.g. &quot;Rest × 2&quot;</extracomment>
        <translation>{kind} × {count}</translation>
    </message>
    <message>
        <source>{time} · {kind}</source>
        <extracomment>Above a note: {time} e.g. &quot;08:30&quot;, {kind} the step, e.g. &quot;Rest&quot;</extracomment>
        <translation>{time} · {kind}</translation>
    </message>
    <message>
        <source>Small victories: notes from the week</source>
        <translation>Kleine Erfolge: Notizen aus der Woche</translation>
    </message>
    <message>
        <source>A summary from Small Steps, to keep or to share.</source>
        <translation>Eine Zusammenfassung von Small Steps, zum Aufbewahren oder Teilen.</translation>
    </message>
    <message>
        <source>Day by day</source>
        <translation>Tag für Tag</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>What they were</source>
        <translation>Welche es waren</translation>
    </message>
    <message>
        <source>How it felt</source>
        <translation>Wie es sich anfühlte</translation>
    </message>
    <message>
        <source>Every step here counts, rest included.</source>
        <translation>Jeder Schritt hier zählt, Ausruhen eingeschlossen.</translation>
    </message>
</context>
<context>
    <name>WeekWindow</name>
    <message>
        <source>This week · Small Steps</source>
        <translation>Diese Woche · Small Steps</translation>
    </message>
    <message>
        <source>Week</source>
        <extracomment>The tabs: look back over a week, a month or a year</extracomment>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Look back over</source>
        <translation>Zurückblicken auf</translation>
    </message>
    <message>
        <source>A week, a month or a year of small steps; arrow keys switch between them</source>
        <translation>Eine Woche, ein Monat oder ein Jahr kleiner Schritte; die Pfeiltasten wechseln dazwischen</translation>
    </message>
    <message>
        <source>All your small steps</source>
        <translation>Alle deine kleinen Schritte</translation>
    </message>
    <message>
        <source>Go to a date</source>
        <translation>Zu einem Datum gehen</translation>
    </message>
    <message>
        <source>Shows the week, month or year that holds this date</source>
        <translation>Zeigt die Woche, den Monat oder das Jahr mit diesem Datum</translation>
    </message>
    <message>
        <source>Steps per day, by kind</source>
        <translation>Schritte pro Tag, nach Art</translation>
    </message>
    <message>
        <source>The chosen day</source>
        <translation>Der gewählte Tag</translation>
    </message>
    <message>
        <source>Small victories this week</source>
        <translation>Kleine Erfolge dieser Woche</translation>
    </message>
    <message>
        <source>Notes from this week</source>
        <translation>Notizen dieser Woche</translation>
    </message>
    <message>
        <source>Your notes, under the day you wrote them</source>
        <translation>Deine Notizen, jeweils unter dem Tag, an dem du sie geschrieben hast</translation>
    </message>
    <message>
        <source>Save the chart as an image…</source>
        <translation>Diagramm als Bild speichern…</translation>
    </message>
    <message>
        <source>Save the chart as an image</source>
        <translation>Diagramm als Bild speichern</translation>
    </message>
    <message>
        <source>Saves this week&apos;s chart as a PNG file</source>
        <translation>Speichert das Diagramm dieser Woche als PNG-Datei</translation>
    </message>
    <message>
        <source>Save a summary to print…</source>
        <translation>Zusammenfassung zum Drucken speichern…</translation>
    </message>
    <message>
        <source>Save a summary to print</source>
        <translation>Zusammenfassung zum Drucken speichern</translation>
    </message>
    <message>
        <source>Saves a short PDF of this week: the steps of each day, how it felt, your notes</source>
        <translation>Speichert ein kurzes PDF dieser Woche: die Schritte jedes Tages, wie es sich anfühlte, deine Notizen</translation>
    </message>
    <message>
        <source>Arrow keys move between days; Enter opens that day&apos;s week.</source>
        <translation>Die Pfeiltasten wechseln zwischen den Tagen; Eingabe öffnet die Woche dieses Tages.</translation>
    </message>
    <message>
        <source>Steps per day this month</source>
        <translation>Schritte pro Tag in diesem Monat</translation>
    </message>
    <message>
        <source>Steps per day in {month}</source>
        <extracomment>Screen readers: the month calendar; {month} e.g. &quot;March 2026&quot;</extracomment>
        <translation>Schritte pro Tag im {month}</translation>
    </message>
    <message>
        <source>Steps per day this year</source>
        <translation>Schritte pro Tag in diesem Jahr</translation>
    </message>
    <message>
        <source>Steps per day in {year}</source>
        <translation>Schritte pro Tag im Jahr {year}</translation>
    </message>
    <message>
        <source>◀ Previous month</source>
        <translation>◀ Voriger Monat</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Voriger Monat</translation>
    </message>
    <message>
        <source>Previous month ({key})</source>
        <translation>Voriger Monat ({key})</translation>
    </message>
    <message>
        <source>Shows the month before the one shown</source>
        <translation>Zeigt den Monat vor dem angezeigten</translation>
    </message>
    <message>
        <source>Next month ▶</source>
        <translation>Nächster Monat ▶</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
    <message>
        <source>Next month ({key})</source>
        <translation>Nächster Monat ({key})</translation>
    </message>
    <message>
        <source>Shows the month after the one shown</source>
        <translation>Zeigt den Monat nach dem angezeigten</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>This month ({key})</source>
        <translation>Dieser Monat ({key})</translation>
    </message>
    <message>
        <source>Shows the month that holds today</source>
        <translation>Zeigt den Monat mit dem heutigen Tag</translation>
    </message>
    <message>
        <source>The month shown</source>
        <translation>Der angezeigte Monat</translation>
    </message>
    <message>
        <source>◀ Previous year</source>
        <translation>◀ Voriges Jahr</translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation>Voriges Jahr</translation>
    </message>
    <message>
        <source>Previous year ({key})</source>
        <translation>Voriges Jahr ({key})</translation>
    </message>
    <message>
        <source>Shows the year before the one shown</source>
        <translation>Zeigt das Jahr vor dem angezeigten</translation>
    </message>
    <message>
        <source>Next year ▶</source>
        <translation>Nächstes Jahr ▶</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>Nächstes Jahr</translation>
    </message>
    <message>
        <source>Next year ({key})</source>
        <translation>Nächstes Jahr ({key})</translation>
    </message>
    <message>
        <source>Shows the year after the one shown</source>
        <translation>Zeigt das Jahr nach dem angezeigten</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>This year ({key})</source>
        <translation>Dieses Jahr ({key})</translation>
    </message>
    <message>
        <source>Shows the year that holds today</source>
        <translation>Zeigt das Jahr mit dem heutigen Tag</translation>
    </message>
    <message>
        <source>The year shown</source>
        <translation>Das angezeigte Jahr</translation>
    </message>
    <message>
        <source>◀ Previous week</source>
        <extracomment>The arrow points back in time; turn it for right-to-left languages</extracomment>
        <translation>◀ Vorige Woche</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Vorige Woche</translation>
    </message>
    <message>
        <source>Previous week ({key})</source>
        <extracomment>Tooltip; {key} is the key&apos;s name, e.g. &quot;PgUp&quot;</extracomment>
        <translation>Vorige Woche ({key})</translation>
    </message>
    <message>
        <source>Shows the week before the one shown</source>
        <translation>Zeigt die Woche vor der angezeigten</translation>
    </message>
    <message>
        <source>Next week ▶</source>
        <translation>Nächste Woche ▶</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <source>Next week ({key})</source>
        <translation>Nächste Woche ({key})</translation>
    </message>
    <message>
        <source>Shows the week after the one shown</source>
        <translation>Zeigt die Woche nach der angezeigten</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>This week ({key})</source>
        <translation>Diese Woche ({key})</translation>
    </message>
    <message>
        <source>Shows the week that holds today</source>
        <translation>Zeigt die Woche mit dem heutigen Tag</translation>
    </message>
    <message>
        <source>The week shown</source>
        <translation>Die angezeigte Woche</translation>
    </message>
    <message>
        <source>{day}. {hint}</source>
        <extracomment>Screen readers: {day} the day&apos;s sentence, {hint} how to move on</extracomment>
        <translation>{day}. {hint}</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <extracomment>A week&apos;s dates: {start} e.g. &quot;2 Mar&quot;, {end} e.g. &quot;8 Mar 2026&quot;</extracomment>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>{kind} ({count})</source>
        <extracomment>A kind of step taken more than once on a day, e.g. &quot;Rest (2)&quot;</extracomment>
        <translation>{kind} ({count})</translation>
    </message>
    <message>
        <source>{day}: {steps} — {kinds}</source>
        <extracomment>{day} e.g. &quot;Monday, 2 March&quot;; {steps} &quot;3 small steps&quot;; {kinds} e.g. &quot;Rest, Walk&quot;</extracomment>
        <translation>{day}: {steps} – {kinds}</translation>
    </message>
    <message>
        <source>{day}: {steps}</source>
        <extracomment>{day} e.g. &quot;Monday, 2 March&quot;; {steps} e.g. &quot;3 small steps&quot; or &quot;a quiet day&quot;
----------
{day} e.g. &quot;Monday, 2 March 2026&quot;; {steps} e.g. &quot;3 small steps&quot; or &quot;a quiet day&quot;</extracomment>
        <translation>{day}: {steps}</translation>
    </message>
    <message>
        <source>{day_and_steps}. How it felt: {feeling}</source>
        <extracomment>{day_and_steps} is the sentence before; {feeling} e.g. &quot;Steady&quot;</extracomment>
        <translation>{day_and_steps}. Befinden: {feeling}</translation>
    </message>
    <message>
        <source>{day}.</source>
        <extracomment>One day&apos;s sentence for screen readers, ended with a full stop</extracomment>
        <translation>{day}.</translation>
    </message>
    <message>
        <source>Notes you write with a step will gather here.</source>
        <translation>Notizen, die du zu einem Schritt schreibst, sammeln sich hier.</translation>
    </message>
    <message>
        <source>{time} · {kind}: {note}</source>
        <extracomment>A note: {time} e.g. &quot;08:30&quot;, {kind} the step, {note} the person&apos;s words</extracomment>
        <translation>{time} · {kind}: {note}</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>That file could not be saved ({reason}). Your journal is unchanged.</source>
        <translation>Die Datei ließ sich nicht speichern ({reason}). Dein Tagebuch ist unverändert.</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Gespeichert unter {path}</translation>
    </message>
</context>
<context>
    <name>Weekdays</name>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Small Steps</source>
        <translation>Willkommen bei Small Steps</translation>
    </message>
    <message>
        <source>A first hello, and whether Small Steps starts when you log in.</source>
        <translation>Ein erstes Hallo und die Frage, ob Small Steps beim Anmelden startet.</translation>
    </message>
    <message>
        <source>Hello. Small Steps is here for you.</source>
        <translation>Hallo. Small Steps ist für dich da.</translation>
    </message>
    <message>
        <source>It waits quietly in your panel. Now and then it offers a small step, at times you choose; one click keeps what you did. Nothing is ever counted against you.</source>
        <translation>Es wartet leise im Infobereich. Ab und zu bietet es einen kleinen Schritt an, zu Zeiten, die du wählst; ein Klick hält fest, was du getan hast. Nichts wird je gegen dich aufgerechnet.</translation>
    </message>
    <message>
        <source>It waits quietly in the background. Now and then it offers a small step, at times you choose; one click keeps what you did. Starting Small Steps again opens your week.</source>
        <translation>Es wartet leise im Hintergrund. Ab und zu bietet es einen kleinen Schritt an, zu Zeiten, die du wählst; ein Klick hält fest, was du getan hast. Wenn du Small Steps noch einmal startest, öffnet sich deine Woche.</translation>
    </message>
    <message>
        <source>&amp;Start Small Steps when I log in</source>
        <translation>Small Steps beim &amp;Anmelden starten</translation>
    </message>
    <message>
        <source>Start Small Steps when I log in</source>
        <translation>Small Steps beim Anmelden starten</translation>
    </message>
    <message>
        <source>It starts quietly in the panel, with no window. Settings can change this.</source>
        <translation>Es startet leise im Infobereich, ohne Fenster. In den Einstellungen lässt sich das ändern.</translation>
    </message>
    <message>
        <source>You can change this at any time in Settings.</source>
        <translation>Du kannst das jederzeit in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Danke</translation>
    </message>
    <message>
        <source>Closes this welcome and keeps your choice about starting at login.</source>
        <translation>Schließt diese Begrüßung und behält deine Wahl zum Start beim Anmelden.</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message numerus="yes">
        <source>%n small step(s)</source>
        <translation>
            <numerusform>%n kleiner Schritt</numerusform>
            <numerusform>%n kleine Schritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>A quiet week so far. Whenever you are ready, one small step is enough.</source>
        <translation>Bisher eine ruhige Woche. Wann immer du so weit bist, genügt ein kleiner Schritt.</translation>
    </message>
    <message numerus="yes">
        <source>%n small step(s) this week.</source>
        <translation>
            <numerusform>%n kleiner Schritt in dieser Woche.</numerusform>
            <numerusform>%n kleine Schritte in dieser Woche.</numerusform>
        </translation>
    </message>
    <message>
        <source>A little more than last month. It is adding up.</source>
        <translation>Ein bisschen mehr als im letzten Monat. Es kommt etwas zusammen.</translation>
    </message>
    <message>
        <source>A little more than last year. It is adding up.</source>
        <translation>Ein bisschen mehr als im letzten Jahr. Es kommt etwas zusammen.</translation>
    </message>
    <message>
        <source>A little more than last week. It is adding up.</source>
        <translation>Ein bisschen mehr als in der letzten Woche. Es kommt etwas zusammen.</translation>
    </message>
    <message>
        <source>Every one of these counts.</source>
        <translation>Jeder davon zählt.</translation>
    </message>
    <message>
        <source>A quiet month in the journal. Quiet stretches are part of the way too.</source>
        <translation>Ein ruhiger Monat im Tagebuch. Auch ruhige Zeiten gehören zum Weg.</translation>
    </message>
    <message numerus="yes">
        <source>%n small step(s) in {month}.</source>
        <translation>
            <numerusform>%n kleiner Schritt im {month}.</numerusform>
            <numerusform>%n kleine Schritte im {month}.</numerusform>
        </translation>
    </message>
    <message>
        <source>A quiet year in the journal. Whenever you are ready, one small step is enough.</source>
        <translation>Ein ruhiges Jahr im Tagebuch. Wann immer du so weit bist, genügt ein kleiner Schritt.</translation>
    </message>
    <message numerus="yes">
        <source>%n small step(s) in {year}.</source>
        <translation>
            <numerusform>%n kleiner Schritt im Jahr {year}.</numerusform>
            <numerusform>%n kleine Schritte im Jahr {year}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your first small step will appear here.</source>
        <translation>Hier erscheint dein erster kleiner Schritt.</translation>
    </message>
    <message numerus="yes">
        <source>%n small step(s) so far.</source>
        <translation>
            <numerusform>Bisher %n kleiner Schritt.</numerusform>
            <numerusform>Bisher %n kleine Schritte.</numerusform>
        </translation>
    </message>
    <message>
        <source>a quiet day</source>
        <translation>ein ruhiger Tag</translation>
    </message>
</context>
</TS>
