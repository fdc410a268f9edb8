<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>mlwb</name>
        <message numerus="yes">
            <source>Exported %n run(s) to %1</source>
            <translation>
                <numerusform>%n Lauf nach %1 exportiert</numerusform>
                <numerusform>%n Läufe nach %1 exportiert</numerusform>
            </translation>
        </message>
        <message>
            <source>Make a folder a project</source>
            <translation>Einen Ordner zum Projekt machen</translation>
        </message>
        <message>
            <source>Run a command as a tracked run</source>
            <translation>Einen Befehl als verfolgten Lauf ausführen</translation>
        </message>
        <message>
            <source>List and filter runs</source>
            <translation>Läufe auflisten und filtern</translation>
        </message>
        <message>
            <source>Add metrics, params, tags, notes to a run</source>
            <translation>Metriken, Parameter, Tags und Notizen zu einem Lauf hinzufügen</translation>
        </message>
        <message>
            <source>Store or fetch a run's files</source>
            <translation>Dateien eines Laufs speichern oder abrufen</translation>
        </message>
        <message>
            <source>Write runs as JSON or CSV</source>
            <translation>Läufe als JSON oder CSV schreiben</translation>
        </message>
        <message>
            <source>Import MLflow or TensorBoard runs</source>
            <translation>Läufe aus MLflow oder TensorBoard importieren</translation>
        </message>
        <message>
            <source>Open a project in the window</source>
            <translation>Ein Projekt im Fenster öffnen</translation>
        </message>
        <message>
            <source>Create an example project</source>
            <translation>Ein Beispielprojekt erstellen</translation>
        </message>
        <message>
            <source>ML Workbench: local experiment tracking and MLOps.</source>
            <translation>ML Workbench: lokale Experimentverfolgung und MLOps.</translation>
        </message>
        <message>
            <source>The project to open; the last one when left out.</source>
            <translation>Das zu öffnende Projekt; ohne Angabe das zuletzt geöffnete.</translation>
        </message>
        <message>
            <source>Show this panel.</source>
            <translation>Diesen Bereich anzeigen.</translation>
        </message>
        <message>
            <source>Render the window at 1440x900 once the project loaded, save it as PNG and quit.</source>
            <translation>Das Fenster nach dem Laden des Projekts in 1440x900 zeichnen, als PNG speichern und beenden.</translation>
        </message>
        <message>
            <source>Colour theme: light, dark or system.</source>
            <translation>Farbschema: light (hell), dark (dunkel) oder system.</translation>
        </message>
        <message>
            <source>unknown theme "%1"; use light, dark or system</source>
            <translation>unbekanntes Farbschema „%1“; verwenden Sie light, dark oder system</translation>
        </message>
        <message>
            <source>no panel "%1"; panels: %2</source>
            <translation>kein Bereich „%1“; Bereiche: %2</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>noch keine</translation>
        </message>
        <message>
            <source>could not write %1</source>
            <translation>%1 konnte nicht geschrieben werden</translation>
        </message>
        <message>
            <source>%1 (missing)</source>
            <translation>%1 (fehlt)</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>fehlt</translation>
        </message>
        <message>
            <source>last opened %1</source>
            <translation>zuletzt geöffnet %1</translation>
        </message>
        <message>
            <source>read %1</source>
            <translation>%1 lesen</translation>
        </message>
        <message>
            <source>check that the file exists and is readable</source>
            <translation>prüfen Sie, ob die Datei existiert und lesbar ist</translation>
        </message>
        <message>
            <source>find a project from %1</source>
            <translation>ein Projekt ab %1 suchen</translation>
        </message>
        <message>
            <source>no .mlwb/project.db there or in any parent</source>
            <translation>weder dort noch in einem übergeordneten Ordner gibt es .mlwb/project.db</translation>
        </message>
        <message>
            <source>run `mlwb init` in the project folder, or pass --project DIR</source>
            <translation>führen Sie `mlwb init` im Projektordner aus oder geben Sie --project DIR an</translation>
        </message>
        <message>
            <source>param %1</source>
            <translation>Parameter %1</translation>
        </message>
        <message>
            <source>metric %1</source>
            <translation>Metrik %1</translation>
        </message>
        <message>
            <source>write %1</source>
            <translation>%1 schreiben</translation>
        </message>
        <message>
            <source>run SQL "%1"</source>
            <translation>SQL „%1“ ausführen</translation>
        </message>
        <message>
            <source>invalid regular expression "%1": %2</source>
            <translation>ungültiger regulärer Ausdruck „%1“: %2</translation>
        </message>
        <message>
            <source>add the regexp() function to %1</source>
            <translation>die Funktion regexp() zu %1 hinzufügen</translation>
        </message>
        <message>
            <source>add %1 generated runs to %2</source>
            <translation>%1 erzeugte Läufe zu %2 hinzufügen</translation>
        </message>
        <message>
            <source>Edit note</source>
            <translation>Notiz bearbeiten</translation>
        </message>
        <message>
            <source>Type a command or a run name…</source>
            <translation>Befehl oder Laufnamen eingeben…</translation>
        </message>
        <message>
            <source>Nothing matches. Try fewer letters.</source>
            <translation>Nichts passt. Versuchen Sie es mit weniger Buchstaben.</translation>
        </message>
        <message>
            <source>create folder %1</source>
            <translation>Ordner %1 anlegen</translation>
        </message>
        <message>
            <source>could not create it</source>
            <translation>er konnte nicht angelegt werden</translation>
        </message>
        <message>
            <source>check the path and your permissions</source>
            <translation>prüfen Sie den Pfad und Ihre Berechtigungen</translation>
        </message>
        <message>
            <source>open project %1</source>
            <translation>Projekt %1 öffnen</translation>
        </message>
        <message>
            <source>no .mlwb/project.db there</source>
            <translation>dort gibt es keine .mlwb/project.db</translation>
        </message>
        <message>
            <source>run `mlwb init` there first</source>
            <translation>führen Sie dort zuerst `mlwb init` aus</translation>
        </message>
        <message>
            <source>Try `mlwb %1 --help`.</source>
            <translation>Siehe `mlwb %1 --help`.</translation>
        </message>
        <message>
            <source>find run</source>
            <translation>Lauf suchen</translation>
        </message>
        <message>
            <source>no run id given</source>
            <translation>keine Lauf-ID angegeben</translation>
        </message>
        <message>
            <source>pass --run ID</source>
            <translation>geben Sie --run ID an</translation>
        </message>
        <message>
            <source>read %1 '%2'</source>
            <translation>%1 „%2“ lesen</translation>
        </message>
        <message>
            <source>expected key=value</source>
            <translation>Schlüssel=Wert erwartet</translation>
        </message>
        <message>
            <source>write it like %1 lr=0.01</source>
            <translation>schreiben Sie es wie %1 lr=0.01</translation>
        </message>
        <message>
            <source>--run ID [options] PATH</source>
            <translation>--run ID [Optionen] PFAD</translation>
        </message>
        <message>
            <source>Stores the file PATH with the run (content-addressed, stored once) and prints its hash.</source>
            <translation>Speichert die Datei PFAD beim Lauf (inhaltsadressiert, nur einmal abgelegt) und gibt ihren Hash aus.</translation>
        </message>
        <message>
            <source>The run's id or an unambiguous prefix.</source>
            <translation>Die ID des Laufs oder ein eindeutiger Anfang davon.</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>The artifact's name (default: the file name).</source>
            <translation>Der Name des Artefakts (Standard: der Dateiname).</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>NAME</translation>
        </message>
        <message>
            <source>--run ID is required</source>
            <translation>--run ID ist erforderlich</translation>
        </message>
        <message>
            <source>expected one file</source>
            <translation>genau eine Datei erwartet</translation>
        </message>
        <message>
            <source>--run ID [options] NAME</source>
            <translation>--run ID [Optionen] NAME</translation>
        </message>
        <message>
            <source>Writes the run's artifact NAME to standard output or to FILE.</source>
            <translation>Schreibt das Artefakt NAME des Laufs auf die Standardausgabe oder in DATEI.</translation>
        </message>
        <message>
            <source>Write to FILE.</source>
            <translation>In DATEI schreiben.</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>DATEI</translation>
        </message>
        <message>
            <source>expected one artifact name</source>
            <translation>genau ein Artefaktname erwartet</translation>
        </message>
        <message>
            <source>get artifact '%1' of run %2</source>
            <translation>Artefakt „%1“ von Lauf %2 abrufen</translation>
        </message>
        <message>
            <source>the run has no such artifact</source>
            <translation>der Lauf hat kein solches Artefakt</translation>
        </message>
        <message>
            <source>the run has no artifacts</source>
            <translation>der Lauf hat keine Artefakte</translation>
        </message>
        <message>
            <source>it has: %1</source>
            <translation>vorhanden sind: %1</translation>
        </message>
        <message>
            <source>read artifact '%1' (%2)</source>
            <translation>Artefakt „%1“ (%2) lesen</translation>
        </message>
        <message>
            <source>the content store of the project is damaged</source>
            <translation>der Inhaltsspeicher des Projekts ist beschädigt</translation>
        </message>
        <message>
            <source>write to standard output</source>
            <translation>auf die Standardausgabe schreiben</translation>
        </message>
        <message>
            <source>check free space and permissions</source>
            <translation>prüfen Sie freien Speicherplatz und Berechtigungen</translation>
        </message>
        <message>
            <source>Usage: mlwb artifact add|get ...
  add --run ID PATH [--name NAME]  store a file with a run
  get --run ID NAME [-o FILE]      write a run's artifact out
</source>
            <translation>Aufruf: mlwb artifact add|get ...
  add --run ID PFAD [--name NAME]  eine Datei beim Lauf speichern
  get --run ID NAME [-o DATEI]     ein Artefakt des Laufs ausgeben
</translation>
        </message>
        <message>
            <source>expected add or get</source>
            <translation>add oder get erwartet</translation>
        </message>
        <message>
            <source>unknown subcommand '%1'; expected add or get</source>
            <translation>unbekannter Unterbefehl „%1“; add oder get erwartet</translation>
        </message>
        <message>
            <source>Logging to the running run live; press Ctrl+C to stop.</source>
            <translation>Protokolliere live in den laufenden Lauf; Strg+C beendet.</translation>
        </message>
        <message>
            <source>Logged %1 live steps.</source>
            <translation>%1 Live-Schritte protokolliert.</translation>
        </message>
        <message>
            <source>[options] DIR</source>
            <translation>[Optionen] ORDNER</translation>
        </message>
        <message>
            <source>Creates an example project in DIR (empty or new): a git history of a small training project and about 60 runs with curves, tags and notes.</source>
            <translation>Erstellt ein Beispielprojekt in ORDNER (leer oder neu): eine Git-Historie eines kleinen Trainingsprojekts und etwa 60 Läufe mit Kurven, Tags und Notizen.</translation>
        </message>
        <message>
            <source>Afterwards keep logging to the demo's running run until it ends or Ctrl+C.</source>
            <translation>Danach weiter in den laufenden Lauf der Demo protokollieren, bis er endet oder Strg+C gedrückt wird.</translation>
        </message>
        <message>
            <source>expected one folder</source>
            <translation>genau ein Ordner erwartet</translation>
        </message>
        <message>
            <source>Created a demo project in %1: %2 commits, %3 experiments, %4 runs, %5 metric points.</source>
            <translation>Demoprojekt in %1 erstellt: %2 Commits, %3 Experimente, %4 Läufe, %5 Metrikpunkte.</translation>
        </message>
        <message>
            <source>Open it with: mlwb open %1</source>
            <translation>Öffnen mit: mlwb open %1</translation>
        </message>
        <message>
            <source>[options]</source>
            <translation>[Optionen]</translation>
        </message>
        <message>
            <source>Writes runs with their parameters, tags and metric summaries as JSON or CSV; with --metrics-history also every logged metric point.</source>
            <translation>Schreibt Läufe mit Parametern, Tags und Metrik-Zusammenfassungen als JSON oder CSV; mit --metrics-history auch jeden protokollierten Metrikpunkt.</translation>
        </message>
        <message>
            <source>Only runs matching EXPR.</source>
            <translation>Nur Läufe, auf die AUSDRUCK passt.</translation>
        </message>
        <message>
            <source>EXPR</source>
            <translation>AUSDRUCK</translation>
        </message>
        <message>
            <source>json (default) or csv.</source>
            <translation>json (Standard) oder csv.</translation>
        </message>
        <message>
            <source>FORMAT</source>
            <translation>FORMAT</translation>
        </message>
        <message>
            <source>Include every metric point (CSV: one row per point).</source>
            <translation>Jeden Metrikpunkt aufnehmen (CSV: eine Zeile pro Punkt).</translation>
        </message>
        <message>
            <source>Write to FILE instead of standard output.</source>
            <translation>In DATEI statt auf die Standardausgabe schreiben.</translation>
        </message>
        <message>
            <source>unknown format '%1'; use json or csv</source>
            <translation>unbekanntes Format „%1“; verwenden Sie json oder csv</translation>
        </message>
        <message>
            <source>check the folder exists and is writable</source>
            <translation>prüfen Sie, ob der Ordner existiert und beschreibbar ist</translation>
        </message>
        <message>
            <source>Imported %1 experiment(s), %2 run(s), %3 metric series with %4 points, %5 params, %6 tags.</source>
            <translation>Importiert: %1 Experiment(e), %2 Lauf/Läufe, %3 Metrikreihen mit %4 Punkten, %5 Parameter, %6 Tags.</translation>
        </message>
        <message>
            <source>Skipped %1 run(s) imported before.</source>
            <translation>%1 bereits früher importierte(n) Lauf/Läufe übersprungen.</translation>
        </message>
        <message>
            <source>skipped: </source>
            <translation>übersprungen: </translation>
        </message>
        <message>
            <source>Usage: mlwb import mlflow PATH [--json]
       mlwb import tensorboard LOGDIR [--experiment E] [--json]
</source>
            <translation>Aufruf: mlwb import mlflow PFAD [--json]
        mlwb import tensorboard LOGORDNER [--experiment E] [--json]
</translation>
        </message>
        <message>
            <source>expected mlflow or tensorboard, got '%1'</source>
            <translation>mlflow oder tensorboard erwartet, „%1“ erhalten</translation>
        </message>
        <message>
            <source>[options] PATH</source>
            <translation>[Optionen] PFAD</translation>
        </message>
        <message>
            <source>[options] LOGDIR</source>
            <translation>[Optionen] LOGORDNER</translation>
        </message>
        <message>
            <source>Imports an MLflow file store (mlruns/) or MLflow SQLite database. Runs imported before are skipped.</source>
            <translation>Importiert einen MLflow-Dateispeicher (mlruns/) oder eine MLflow-SQLite-Datenbank. Bereits importierte Läufe werden übersprungen.</translation>
        </message>
        <message>
            <source>Imports the scalars of every folder below LOGDIR that holds tfevents files, one run per folder.</source>
            <translation>Importiert die Skalare aller Ordner unter LOGORDNER, die tfevents-Dateien enthalten, ein Lauf pro Ordner.</translation>
        </message>
        <message>
            <source>The experiment to import into (default: the logdir's name).</source>
            <translation>Das Ziel-Experiment (Standard: der Name des Logordners).</translation>
        </message>
        <message>
            <source>E</source>
            <translation>E</translation>
        </message>
        <message>
            <source>Print the report as JSON.</source>
            <translation>Den Bericht als JSON ausgeben.</translation>
        </message>
        <message>
            <source>expected one MLflow path</source>
            <translation>genau ein MLflow-Pfad erwartet</translation>
        </message>
        <message>
            <source>expected one logdir</source>
            <translation>genau ein Logordner erwartet</translation>
        </message>
        <message>
            <source>[options] [DIR]</source>
            <translation>[Optionen] [ORDNER]</translation>
        </message>
        <message>
            <source>Makes DIR (default: the current folder) a project: a git repository (created if there is none), .mlwb/project.db, .mlwb/objects/ and a `.mlwb/` line in .gitignore. Safe to run twice.</source>
            <translation>Macht ORDNER (Standard: der aktuelle Ordner) zum Projekt: ein Git-Repository (wird angelegt, falls keines existiert), .mlwb/project.db, .mlwb/objects/ und eine Zeile `.mlwb/` in .gitignore. Kann gefahrlos zweimal ausgeführt werden.</translation>
        </message>
        <message>
            <source>expected at most one folder, got %1</source>
            <translation>höchstens ein Ordner erwartet, %1 erhalten</translation>
        </message>
        <message>
            <source>%1 is already a project; nothing to do.</source>
            <translation>%1 ist bereits ein Projekt; nichts zu tun.</translation>
        </message>
        <message>
            <source>Initialised project in %1</source>
            <translation>Projekt in %1 eingerichtet</translation>
        </message>
        <message>
            <source>created git repository %1/.git</source>
            <translation>Git-Repository %1/.git angelegt</translation>
        </message>
        <message>
            <source>created %1</source>
            <translation>%1 angelegt</translation>
        </message>
        <message>
            <source>created %1/</source>
            <translation>%1/ angelegt</translation>
        </message>
        <message>
            <source>ignored .mlwb/ in %1/.gitignore</source>
            <translation>.mlwb/ in %1/.gitignore ignoriert</translation>
        </message>
        <message>
            <source>metric</source>
            <translation>Metrik</translation>
        </message>
        <message>
            <source>read metric '%1'</source>
            <translation>Metrik „%1“ lesen</translation>
        </message>
        <message>
            <source>'%1' is not a number</source>
            <translation>„%1“ ist keine Zahl</translation>
        </message>
        <message>
            <source>metrics are numbers; use --param or --tag for text</source>
            <translation>Metriken sind Zahlen; verwenden Sie --param oder --tag für Text</translation>
        </message>
        <message>
            <source>--run ID [options] [key=value ...]</source>
            <translation>--run ID [Optionen] [Schlüssel=Wert ...]</translation>
        </message>
        <message>
            <source>Adds metrics, parameters, tags, a note or artifacts to an existing run, or finishes it. Metrics are the key=value arguments.</source>
            <translation>Fügt einem bestehenden Lauf Metriken, Parameter, Tags, eine Notiz oder Artefakte hinzu oder beendet ihn. Metriken sind die Argumente Schlüssel=Wert.</translation>
        </message>
        <message>
            <source>The step of the metrics (default: one past the key's last step).</source>
            <translation>Der Schritt der Metriken (Standard: einer nach dem letzten Schritt des Schlüssels).</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>A parameter; repeatable.</source>
            <translation>Ein Parameter; wiederholbar.</translation>
        </message>
        <message>
            <source>key=value</source>
            <translation>Schlüssel=Wert</translation>
        </message>
        <message>
            <source>A tag; repeatable.</source>
            <translation>Ein Tag; wiederholbar.</translation>
        </message>
        <message>
            <source>Replaces the run's note.</source>
            <translation>Ersetzt die Notiz des Laufs.</translation>
        </message>
        <message>
            <source>TEXT</source>
            <translation>TEXT</translation>
        </message>
        <message>
            <source>Stores a file with the run; repeatable.</source>
            <translation>Speichert eine Datei beim Lauf; wiederholbar.</translation>
        </message>
        <message>
            <source>PATH</source>
            <translation>PFAD</translation>
        </message>
        <message>
            <source>Ends the run: finished, failed or killed.</source>
            <translation>Beendet den Lauf: finished, failed oder killed.</translation>
        </message>
        <message>
            <source>STATUS</source>
            <translation>STATUS</translation>
        </message>
        <message>
            <source>--step wants a whole number, got '%1'</source>
            <translation>--step erwartet eine ganze Zahl, „%1“ erhalten</translation>
        </message>
        <message>
            <source>--finish wants finished, failed or killed, got '%1'</source>
            <translation>--finish erwartet finished, failed oder killed, „%1“ erhalten</translation>
        </message>
        <message>
            <source>Opens the project DIR (default: --project, else the last project) in the ML Workbench window.</source>
            <translation>Öffnet das Projekt ORDNER (Standard: --project, sonst das zuletzt geöffnete) im Fenster von ML Workbench.</translation>
        </message>
        <message>
            <source>Show this panel: experiments, datasets, registry, deploy or monitor.</source>
            <translation>Diesen Bereich anzeigen: experiments, datasets, registry, deploy oder monitor.</translation>
        </message>
        <message>
            <source>Save a picture of the window to FILE.png and quit; waits for it.</source>
            <translation>Ein Bild des Fensters in DATEI.png speichern und beenden; wartet darauf.</translation>
        </message>
        <message>
            <source>expected at most one project folder</source>
            <translation>höchstens ein Projektordner erwartet</translation>
        </message>
        <message>
            <source>open the ML Workbench window</source>
            <translation>das Fenster von ML Workbench öffnen</translation>
        </message>
        <message>
            <source>mlwb-gui was not found next to %1</source>
            <translation>mlwb-gui wurde neben %1 nicht gefunden</translation>
        </message>
        <message>
            <source>build or install the mlwb-gui program</source>
            <translation>bauen oder installieren Sie das Programm mlwb-gui</translation>
        </message>
        <message>
            <source>start %1</source>
            <translation>%1 starten</translation>
        </message>
        <message>
            <source>the program could not be started</source>
            <translation>das Programm konnte nicht gestartet werden</translation>
        </message>
        <message>
            <source>warning: </source>
            <translation>Warnung: </translation>
        </message>
        <message>
            <source>check that the program exists and is executable</source>
            <translation>prüfen Sie, ob das Programm existiert und ausführbar ist</translation>
        </message>
        <message>
            <source>[options] -- COMMAND [ARGS...]</source>
            <translation>[Optionen] -- BEFEHL [ARGUMENTE...]</translation>
        </message>
        <message>
            <source>Runs COMMAND as a tracked run. Lines it prints such as `step=3 loss=0.2` or {"step": 3, "loss": 0.2} become metrics; its output is kept as the artifacts stdout.txt and stderr.txt. MLWB_PROJECT and MLWB_RUN_ID are set so that a logging client inside joins the run.</source>
            <translation>Führt BEFEHL als verfolgten Lauf aus. Ausgegebene Zeilen wie `step=3 loss=0.2` oder {"step": 3, "loss": 0.2} werden zu Metriken; die Ausgabe wird als Artefakte stdout.txt und stderr.txt aufbewahrt. MLWB_PROJECT und MLWB_RUN_ID werden gesetzt, damit ein Protokoll-Client im Befehl sich dem Lauf anschließt.</translation>
        </message>
        <message>
            <source>The experiment (default: default).</source>
            <translation>Das Experiment (Standard: default).</translation>
        </message>
        <message>
            <source>The run's name.</source>
            <translation>Der Name des Laufs.</translation>
        </message>
        <message>
            <source>no command given; write it after --</source>
            <translation>kein Befehl angegeben; schreiben Sie ihn nach --</translation>
        </message>
        <message>
            <source>run %1 %2 (exit code %3)</source>
            <translation>Lauf %1 %2 (Exit-Code %3)</translation>
        </message>
        <message>
            <source>Lists runs, newest first, with the last value of every parameter and metric. Example filter: metrics.loss &lt; 0.2 and params.lr = 0.01</source>
            <translation>Listet Läufe, die neuesten zuerst, mit dem letzten Wert jedes Parameters und jeder Metrik. Beispielfilter: metrics.loss &lt; 0.2 and params.lr = 0.01</translation>
        </message>
        <message>
            <source>Sort keys, e.g. "metrics.loss asc, start_time desc".</source>
            <translation>Sortierschlüssel, z. B. "metrics.loss asc, start_time desc".</translation>
        </message>
        <message>
            <source>KEYS</source>
            <translation>SCHLÜSSEL</translation>
        </message>
        <message>
            <source>At most N runs.</source>
            <translation>Höchstens N Läufe.</translation>
        </message>
        <message>
            <source>Print JSON.</source>
            <translation>JSON ausgeben.</translation>
        </message>
        <message>
            <source>Print CSV (RFC 4180).</source>
            <translation>CSV ausgeben (RFC 4180).</translation>
        </message>
        <message>
            <source>unexpected argument '%1'; quote the filter and pass it with --filter</source>
            <translation>unerwartetes Argument „%1“; setzen Sie den Filter in Anführungszeichen und übergeben Sie ihn mit --filter</translation>
        </message>
        <message>
            <source>choose one of --json and --csv</source>
            <translation>wählen Sie entweder --json oder --csv</translation>
        </message>
        <message>
            <source>--limit wants a number of runs, got '%1'</source>
            <translation>--limit erwartet eine Anzahl Läufe, „%1“ erhalten</translation>
        </message>
        <message>
            <source>No runs.</source>
            <translation>Keine Läufe.</translation>
        </message>
        <message>
            <source>EXPERIMENT</source>
            <translation>EXPERIMENT</translation>
        </message>
        <message>
            <source>START</source>
            <translation>START</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>Diese Hilfe anzeigen.</translation>
        </message>
        <message>
            <source>The project folder (default: the current folder or a parent).</source>
            <translation>Der Projektordner (Standard: der aktuelle Ordner oder ein übergeordneter).</translation>
        </message>
        <message>
            <source>DIR</source>
            <translation>ORDNER</translation>
        </message>
        <message>
            <source>Usage: mlwb %1 %2</source>
            <translation>Aufruf: mlwb %1 %2</translation>
        </message>
        <message>
            <source>capture the output of the command</source>
            <translation>die Ausgabe des Befehls aufzeichnen</translation>
        </message>
        <message>
            <source>check free space in the temporary folder</source>
            <translation>prüfen Sie den freien Speicherplatz im temporären Ordner</translation>
        </message>
        <message>
            <source>check that the folder is writable and the disk is not full</source>
            <translation>prüfen Sie, ob der Ordner beschreibbar und die Festplatte nicht voll ist</translation>
        </message>
        <message>
            <source>edit %1 for a dirty demo run</source>
            <translation>%1 für einen Demolauf mit Änderungen bearbeiten</translation>
        </message>
        <message>
            <source>the text to replace is not in commit %1</source>
            <translation>der zu ersetzende Text ist nicht in Commit %1</translation>
        </message>
        <message>
            <source>create the demo project in %1</source>
            <translation>das Demoprojekt in %1 erstellen</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>abgebrochen</translation>
        </message>
        <message>
            <source>the folder holds a partly written project; delete it</source>
            <translation>der Ordner enthält ein teilweise geschriebenes Projekt; löschen Sie ihn</translation>
        </message>
        <message>
            <source>the folder is not empty</source>
            <translation>der Ordner ist nicht leer</translation>
        </message>
        <message>
            <source>choose a new or empty folder</source>
            <translation>wählen Sie einen neuen oder leeren Ordner</translation>
        </message>
        <message>
            <source>cannot create the folder</source>
            <translation>der Ordner kann nicht angelegt werden</translation>
        </message>
        <message>
            <source>check the permissions of its parent folder</source>
            <translation>prüfen Sie die Berechtigungen des übergeordneten Ordners</translation>
        </message>
        <message>
            <source>demo run %1</source>
            <translation>Demolauf %1</translation>
        </message>
        <message>
            <source>cancelled after %1 of %2 runs</source>
            <translation>abgebrochen nach %1 von %2 Läufen</translation>
        </message>
        <message>
            <source>continue the live demo run %1</source>
            <translation>den Live-Demolauf %1 fortsetzen</translation>
        </message>
        <message>
            <source>the run is %1, not running</source>
            <translation>der Lauf ist %1, nicht laufend</translation>
        </message>
        <message>
            <source>generate a new demo project to get a running run</source>
            <translation>erzeugen Sie ein neues Demoprojekt, um einen laufenden Lauf zu erhalten</translation>
        </message>
        <message>
            <source>experiment "%1" is not one of the demo's</source>
            <translation>Experiment „%1“ gehört nicht zur Demo</translation>
        </message>
        <message>
            <source>pick the running run of a demo project</source>
            <translation>wählen Sie den laufenden Lauf eines Demoprojekts</translation>
        </message>
        <message>
            <source>the folder does not exist</source>
            <translation>der Ordner existiert nicht</translation>
        </message>
        <message>
            <source>choose an existing folder, or create a new project</source>
            <translation>wählen Sie einen vorhandenen Ordner oder erstellen Sie ein neues Projekt</translation>
        </message>
        <message>
            <source>choose a folder that holds .mlwb/project.db, or create a project there with File › New Project</source>
            <translation>wählen Sie einen Ordner mit .mlwb/project.db oder erstellen Sie dort ein Projekt mit Datei › Neues Projekt</translation>
        </message>
        <message>
            <source>%1s</source>
            <translation>%1 s</translation>
        </message>
        <message>
            <source>%1m %2s</source>
            <translation>%1 min %2 s</translation>
        </message>
        <message>
            <source>%1h %2m</source>
            <translation>%1 h %2 min</translation>
        </message>
        <message>
            <source>list running runs</source>
            <translation>laufende Läufe auflisten</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Experiment</source>
            <translation>Experiment</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Gestartet</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>%1 (min)</source>
            <translation>%1 (Min.)</translation>
        </message>
        <message>
            <source>%1 (max)</source>
            <translation>%1 (Max.)</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>back up %1 before upgrading it</source>
            <translation>%1 vor dem Aktualisieren sichern</translation>
        </message>
        <message>
            <source>free some disk space next to the project and try again</source>
            <translation>geben Sie neben dem Projekt Speicherplatz frei und versuchen Sie es erneut</translation>
        </message>
        <message>
            <source>open %1</source>
            <translation>%1 öffnen</translation>
        </message>
        <message>
            <source>the database has schema version %1, but this version of ML Workbench knows versions up to %2</source>
            <translation>die Datenbank hat die Schemaversion %1, diese Version von ML Workbench kennt aber nur Versionen bis %2</translation>
        </message>
        <message>
            <source>open it with a newer ML Workbench; nothing was changed</source>
            <translation>öffnen Sie sie mit einer neueren Version von ML Workbench; es wurde nichts verändert</translation>
        </message>
        <message>
            <source>upgrade %1 to schema version %2</source>
            <translation>%1 auf Schemaversion %2 aktualisieren</translation>
        </message>
        <message>
            <source>store %1</source>
            <translation>%1 speichern</translation>
        </message>
        <message>
            <source>check free space and permissions of %1</source>
            <translation>prüfen Sie freien Speicherplatz und Berechtigungen von %1</translation>
        </message>
        <message>
            <source>check free space in %1</source>
            <translation>prüfen Sie den freien Speicherplatz in %1</translation>
        </message>
        <message>
            <source>could not move it into %1</source>
            <translation>sie konnte nicht nach %1 verschoben werden</translation>
        </message>
        <message>
            <source>store %1 bytes</source>
            <translation>%1 Bytes speichern</translation>
        </message>
        <message>
            <source>open database %1</source>
            <translation>Datenbank %1 öffnen</translation>
        </message>
        <message>
            <source>check that the file exists and that you may read and write it</source>
            <translation>prüfen Sie, ob die Datei existiert und Sie sie lesen und schreiben dürfen</translation>
        </message>
        <message>
            <source>the file is not an SQLite database or is damaged; restore it from a backup (project.db.v*.bak beside it) or move it away</source>
            <translation>die Datei ist keine SQLite-Datenbank oder ist beschädigt; stellen Sie sie aus einer Sicherung wieder her (project.db.v*.bak daneben) oder verschieben Sie sie</translation>
        </message>
        <message>
            <source>prepare SQL "%1"</source>
            <translation>SQL „%1“ vorbereiten</translation>
        </message>
        <message>
            <source>run SQL "%1" on %2</source>
            <translation>SQL „%1“ auf %2 ausführen</translation>
        </message>
        <message>
            <source>no row returned</source>
            <translation>keine Zeile zurückgegeben</translation>
        </message>
        <message>
            <source>commit a transaction</source>
            <translation>eine Transaktion abschließen</translation>
        </message>
        <message>
            <source>it was already committed</source>
            <translation>sie wurde bereits abgeschlossen</translation>
        </message>
        <message>
            <source>log metric "%1" at step %2</source>
            <translation>Metrik „%1“ bei Schritt %2 protokollieren</translation>
        </message>
        <message>
            <source>the time is not a number</source>
            <translation>die Zeit ist keine Zahl</translation>
        </message>
        <message>
            <source>pass unix seconds, or leave the time out</source>
            <translation>geben Sie Unix-Sekunden an oder lassen Sie die Zeit weg</translation>
        </message>
        <message>
            <source>read the run %1</source>
            <translation>den Lauf %1 lesen</translation>
        </message>
        <message>
            <source>column %1: %2</source>
            <translation>Spalte %1: %2</translation>
        </message>
        <message>
            <source>filter</source>
            <translation>Filter</translation>
        </message>
        <message>
            <source>sort order</source>
            <translation>Sortierung</translation>
        </message>
        <message>
            <source>read metric block %1</source>
            <translation>Metrikblock %1 lesen</translation>
        </message>
        <message>
            <source>column %1 has %2 bytes for %3 points (expected %4)</source>
            <translation>Spalte %1 hat %2 Bytes für %3 Punkte (erwartet: %4)</translation>
        </message>
        <message>
            <source>the project database is damaged; restore it from a backup</source>
            <translation>die Projektdatenbank ist beschädigt; stellen Sie sie aus einer Sicherung wieder her</translation>
        </message>
        <message>
            <source>set parameters of run %1</source>
            <translation>Parameter von Lauf %1 setzen</translation>
        </message>
        <message>
            <source>a parameter has no name</source>
            <translation>ein Parameter hat keinen Namen</translation>
        </message>
        <message>
            <source>give every parameter a non-empty key</source>
            <translation>geben Sie jedem Parameter einen nicht leeren Schlüssel</translation>
        </message>
        <message>
            <source>set parameter "%1" of run %2</source>
            <translation>Parameter „%1“ von Lauf %2 setzen</translation>
        </message>
        <message>
            <source>tag run %1</source>
            <translation>Lauf %1 taggen</translation>
        </message>
        <message>
            <source>the tag has no name</source>
            <translation>das Tag hat keinen Namen</translation>
        </message>
        <message>
            <source>give the tag a non-empty key</source>
            <translation>geben Sie dem Tag einen nicht leeren Schlüssel</translation>
        </message>
        <message>
            <source>tag run %1 with "%2"</source>
            <translation>Lauf %1 mit „%2“ taggen</translation>
        </message>
        <message>
            <source>there is no run with id %1</source>
            <translation>es gibt keinen Lauf mit der ID %1</translation>
        </message>
        <message>
            <source>refresh the run list; the run may have been deleted</source>
            <translation>aktualisieren Sie die Laufliste; der Lauf wurde eventuell gelöscht</translation>
        </message>
        <message>
            <source>it disappeared while reading</source>
            <translation>er verschwand während des Lesens</translation>
        </message>
        <message>
            <source>try again</source>
            <translation>versuchen Sie es erneut</translation>
        </message>
        <message>
            <source>unexpected character '%1'</source>
            <translation>unerwartetes Zeichen „%1“</translation>
        </message>
        <message>
            <source>operators are = != &lt; &lt;= &gt; &gt;= ~ !~; put text values in quotes</source>
            <translation>Operatoren sind = != &lt; &lt;= &gt; &gt;= ~ !~; setzen Sie Textwerte in Anführungszeichen</translation>
        </message>
        <message>
            <source>the text value that starts here is not closed</source>
            <translation>der hier beginnende Textwert ist nicht geschlossen</translation>
        </message>
        <message>
            <source>add the closing %1</source>
            <translation>ergänzen Sie das schließende %1</translation>
        </message>
        <message>
            <source>expected four hex digits after \u</source>
            <translation>nach \u werden vier Hexadezimalziffern erwartet</translation>
        </message>
        <message>
            <source>write a character as \u00e9, or type it directly</source>
            <translation>schreiben Sie ein Zeichen als \u00e9 oder tippen Sie es direkt</translation>
        </message>
        <message>
            <source>the key quoted with ` here is not closed</source>
            <translation>der hier mit ` zitierte Schlüssel ist nicht geschlossen</translation>
        </message>
        <message>
            <source>add the closing `</source>
            <translation>ergänzen Sie das schließende `</translation>
        </message>
        <message>
            <source>log metric "%1"</source>
            <translation>Metrik „%1“ protokollieren</translation>
        </message>
        <message>
            <source>%1 steps, %2 times and %3 values were given; they must be as many</source>
            <translation>%1 Schritte, %2 Zeiten und %3 Werte angegeben; es müssen gleich viele sein</translation>
        </message>
        <message>
            <source>create metric "%1" of run %2</source>
            <translation>Metrik „%1“ von Lauf %2 anlegen</translation>
        </message>
        <message>
            <source>check that the run still exists</source>
            <translation>prüfen Sie, ob der Lauf noch existiert</translation>
        </message>
        <message>
            <source>the series was not stored</source>
            <translation>die Reihe wurde nicht gespeichert</translation>
        </message>
        <message>
            <source>save metric "%1" of run %2</source>
            <translation>Metrik „%1“ von Lauf %2 speichern</translation>
        </message>
        <message>
            <source>the points stay buffered; try again</source>
            <translation>die Punkte bleiben zwischengespeichert; versuchen Sie es erneut</translation>
        </message>
        <message>
            <source>found ')' without a matching '('</source>
            <translation>„)“ ohne passendes „(“ gefunden</translation>
        </message>
        <message>
            <source>expected 'and', 'or' or the end of the filter, found %1</source>
            <translation>„and“, „or“ oder das Ende des Filters erwartet, %1 gefunden</translation>
        </message>
        <message>
            <source>a sort key such as metrics.loss</source>
            <translation>ein Sortierschlüssel wie metrics.loss</translation>
        </message>
        <message>
            <source>expected 'asc', 'desc', ',' or the end of the sort order, found %1</source>
            <translation>„asc“, „desc“, „,“ oder das Ende der Sortierung erwartet, %1 gefunden</translation>
        </message>
        <message>
            <source>expected ')' to close the '(' at column %1, found %2</source>
            <translation>„)“ zum Schließen der „(“ in Spalte %1 erwartet, %2 gefunden</translation>
        </message>
        <message>
            <source>expected %1, found %2</source>
            <translation>%1 erwartet, %2 gefunden</translation>
        </message>
        <message>
            <source>unknown attribute '%1'; the attributes are %2</source>
            <translation>unbekanntes Attribut „%1“; die Attribute sind %2</translation>
        </message>
        <message>
            <source>name keys as metrics.KEY, params.KEY or tags.KEY</source>
            <translation>benennen Sie Schlüssel als metrics.SCHLÜSSEL, params.SCHLÜSSEL oder tags.SCHLÜSSEL</translation>
        </message>
        <message>
            <source>unknown field '%1'; keys start with metrics., params. or tags., and the attributes are %2</source>
            <translation>unbekanntes Feld „%1“; Schlüssel beginnen mit metrics., params. oder tags., die Attribute sind %2</translation>
        </message>
        <message>
            <source>expected a key after '%1.'</source>
            <translation>nach „%1.“ wird ein Schlüssel erwartet</translation>
        </message>
        <message>
            <source>quote unusual keys with backquotes: metrics.`my key`</source>
            <translation>setzen Sie ungewöhnliche Schlüssel in Backticks: metrics.`mein Schlüssel`</translation>
        </message>
        <message>
            <source>only metrics have @min, @max, @last or @count</source>
            <translation>nur Metriken haben @min, @max, @last oder @count</translation>
        </message>
        <message>
            <source>expected last, min, max or count after '@', found %1</source>
            <translation>nach „@“ wird last, min, max oder count erwartet, %1 gefunden</translation>
        </message>
        <message>
            <source>expected a value after '%1', found %2</source>
            <translation>nach „%1“ wird ein Wert erwartet, %2 gefunden</translation>
        </message>
        <message>
            <source>values are numbers, "quoted text", true or false</source>
            <translation>Werte sind Zahlen, "Text in Anführungszeichen", true oder false</translation>
        </message>
        <message>
            <source>a condition such as metrics.loss &lt; 0.1</source>
            <translation>eine Bedingung wie metrics.loss &lt; 0.1</translation>
        </message>
        <message>
            <source>expected 'null' after '%1', found %2</source>
            <translation>nach „%1“ wird „null“ erwartet, %2 gefunden</translation>
        </message>
        <message>
            <source>expected 'in' or 'contains' after 'not', found %1</source>
            <translation>nach „not“ wird „in“ oder „contains“ erwartet, %1 gefunden</translation>
        </message>
        <message>
            <source>expected an operator after the field at column %1, found %2</source>
            <translation>nach dem Feld in Spalte %1 wird ein Operator erwartet, %2 gefunden</translation>
        </message>
        <message>
            <source>operators are = != &lt; &lt;= &gt; &gt;= ~ !~, in (...), not in (...), is null, is not null, contains</source>
            <translation>Operatoren sind = != &lt; &lt;= &gt; &gt;= ~ !~, in (...), not in (...), is null, is not null, contains</translation>
        </message>
        <message>
            <source>expected '(' after '%1', found %2</source>
            <translation>nach „%1“ wird „(“ erwartet, %2 gefunden</translation>
        </message>
        <message>
            <source>write a list as in ("a", "b")</source>
            <translation>schreiben Sie eine Liste als in ("a", "b")</translation>
        </message>
        <message>
            <source>expected ',' or ')' in the list, found %1</source>
            <translation>in der Liste wird „,“ oder „)“ erwartet, %1 gefunden</translation>
        </message>
        <message>
            <source>%1 is a number; '%2' works on params, tags and text attributes</source>
            <translation>%1 ist eine Zahl; „%2“ gilt für Parameter, Tags und Textattribute</translation>
        </message>
        <message>
            <source>compare numbers with = != &lt; &lt;= &gt; &gt;= or in (...)</source>
            <translation>vergleichen Sie Zahlen mit = != &lt; &lt;= &gt; &gt;= oder in (...)</translation>
        </message>
        <message>
            <source>%1 cannot be ordered; compare it with = or !=</source>
            <translation>%1 lässt sich nicht ordnen; vergleichen Sie mit = oder !=</translation>
        </message>
        <message>
            <source>"%1" is not a date or a number of seconds for %2</source>
            <translation>„%1“ ist kein Datum und keine Sekundenzahl für %2</translation>
        </message>
        <message>
            <source>write a date as "2024-05-01" or "2024-05-01T13:30"</source>
            <translation>schreiben Sie ein Datum als "2024-05-01" oder "2024-05-01T13:30"</translation>
        </message>
        <message>
            <source>%1 is a number; expected a number, found %2</source>
            <translation>%1 ist eine Zahl; Zahl erwartet, %2 gefunden</translation>
        </message>
        <message>
            <source>unknown status "%1"; a run is running, finished, failed or killed</source>
            <translation>unbekannter Status „%1“; ein Lauf ist running, finished, failed oder killed</translation>
        </message>
        <message>
            <source>the regular expression is not valid: %1</source>
            <translation>der reguläre Ausdruck ist ungültig: %1</translation>
        </message>
        <message>
            <source>the end of the text</source>
            <translation>das Ende des Textes</translation>
        </message>
        <message>
            <source>reduce metric series %1 for drawing</source>
            <translation>Metrikreihe %1 zum Zeichnen reduzieren</translation>
        </message>
        <message>
            <source>%1 buckets were asked for</source>
            <translation>%1 Intervalle wurden angefordert</translation>
        </message>
        <message>
            <source>ask for at least one</source>
            <translation>fordern Sie mindestens eines an</translation>
        </message>
        <message>
            <source>create experiment</source>
            <translation>Experiment anlegen</translation>
        </message>
        <message>
            <source>the name is empty</source>
            <translation>der Name ist leer</translation>
        </message>
        <message>
            <source>give the experiment a name</source>
            <translation>geben Sie dem Experiment einen Namen</translation>
        </message>
        <message>
            <source>create experiment "%1"</source>
            <translation>Experiment „%1“ anlegen</translation>
        </message>
        <message>
            <source>it was not stored</source>
            <translation>es wurde nicht gespeichert</translation>
        </message>
        <message>
            <source>create run "%1"</source>
            <translation>Lauf „%1“ anlegen</translation>
        </message>
        <message>
            <source>a run imported from %1 may already exist</source>
            <translation>ein aus %1 importierter Lauf existiert möglicherweise bereits</translation>
        </message>
        <message>
            <source>read run %1</source>
            <translation>Lauf %1 lesen</translation>
        </message>
        <message>
            <source>there is no such run</source>
            <translation>diesen Lauf gibt es nicht</translation>
        </message>
        <message>
            <source>find run "%1"</source>
            <translation>Lauf „%1“ suchen</translation>
        </message>
        <message>
            <source>a run id is up to 32 hexadecimal digits</source>
            <translation>eine Lauf-ID hat bis zu 32 Hexadezimalziffern</translation>
        </message>
        <message>
            <source>copy the id from the run list or `mlwb runs`</source>
            <translation>kopieren Sie die ID aus der Laufliste oder aus `mlwb runs`</translation>
        </message>
        <message>
            <source>no run id starts with it</source>
            <translation>keine Lauf-ID beginnt damit</translation>
        </message>
        <message>
            <source>check the id with `mlwb runs`</source>
            <translation>prüfen Sie die ID mit `mlwb runs`</translation>
        </message>
        <message>
            <source>several run ids start with it</source>
            <translation>mehrere Lauf-IDs beginnen damit</translation>
        </message>
        <message>
            <source>type more digits of the id</source>
            <translation>geben Sie mehr Ziffern der ID ein</translation>
        </message>
        <message>
            <source>save the note of run %1</source>
            <translation>die Notiz von Lauf %1 speichern</translation>
        </message>
        <message>
            <source>rename run %1</source>
            <translation>Lauf %1 umbenennen</translation>
        </message>
        <message>
            <source>the new name is empty</source>
            <translation>der neue Name ist leer</translation>
        </message>
        <message>
            <source>type a name</source>
            <translation>geben Sie einen Namen ein</translation>
        </message>
        <message>
            <source>finish run %1</source>
            <translation>Lauf %1 beenden</translation>
        </message>
        <message>
            <source>record artifact %1 of run %2</source>
            <translation>Artefakt %1 von Lauf %2 erfassen</translation>
        </message>
        <message>
            <source>read file change %1 of a diff</source>
            <translation>Dateiänderung %1 eines Diffs lesen</translation>
        </message>
        <message>
            <source>read a hunk of %1</source>
            <translation>einen Abschnitt von %1 lesen</translation>
        </message>
        <message>
            <source>read a line of %1</source>
            <translation>eine Zeile von %1 lesen</translation>
        </message>
        <message>
            <source>unknown libgit2 error</source>
            <translation>unbekannter libgit2-Fehler</translation>
        </message>
        <message>
            <source>resolve revision '%1'</source>
            <translation>Revision „%1“ auflösen</translation>
        </message>
        <message>
            <source>use a commit id, branch, tag or HEAD~N</source>
            <translation>verwenden Sie eine Commit-ID, einen Branch, ein Tag oder HEAD~N</translation>
        </message>
        <message>
            <source>compare %1 with %2</source>
            <translation>%1 mit %2 vergleichen</translation>
        </message>
        <message>
            <source>the empty tree</source>
            <translation>den leeren Baum</translation>
        </message>
        <message>
            <source>the work tree</source>
            <translation>das Arbeitsverzeichnis</translation>
        </message>
        <message>
            <source>read a stored patch</source>
            <translation>einen gespeicherten Patch lesen</translation>
        </message>
        <message>
            <source>the patch is not a unified diff</source>
            <translation>der Patch ist kein Unified Diff</translation>
        </message>
        <message>
            <source>open git repository at %1</source>
            <translation>Git-Repository in %1 öffnen</translation>
        </message>
        <message>
            <source>run `git init` there or choose a folder inside a git work tree</source>
            <translation>führen Sie dort `git init` aus oder wählen Sie einen Ordner in einem Git-Arbeitsverzeichnis</translation>
        </message>
        <message>
            <source>create git repository in %1</source>
            <translation>Git-Repository in %1 anlegen</translation>
        </message>
        <message>
            <source>check that the folder is writable</source>
            <translation>prüfen Sie, ob der Ordner beschreibbar ist</translation>
        </message>
        <message>
            <source>read the tree of HEAD</source>
            <translation>den Baum von HEAD lesen</translation>
        </message>
        <message>
            <source>compare the work tree of %1 with HEAD</source>
            <translation>das Arbeitsverzeichnis von %1 mit HEAD vergleichen</translation>
        </message>
        <message>
            <source>format the uncommitted changes as a patch</source>
            <translation>die nicht committeten Änderungen als Patch formatieren</translation>
        </message>
        <message>
            <source>commit the work tree of %1</source>
            <translation>das Arbeitsverzeichnis von %1 committen</translation>
        </message>
        <message>
            <source>give a non-empty author name and email</source>
            <translation>geben Sie einen nicht leeren Autornamen und eine E-Mail-Adresse an</translation>
        </message>
        <message>
            <source>read %1 at %2</source>
            <translation>%1 in %2 lesen</translation>
        </message>
        <message>
            <source>the file is not in that revision</source>
            <translation>die Datei ist in dieser Revision nicht enthalten</translation>
        </message>
        <message>
            <source>check the path (relative to the repository root) and the revision</source>
            <translation>prüfen Sie den Pfad (relativ zur Wurzel des Repositorys) und die Revision</translation>
        </message>
        <message>
            <source>it is a folder, not a file</source>
            <translation>es ist ein Ordner, keine Datei</translation>
        </message>
        <message>
            <source>read the history of %1</source>
            <translation>die Historie von %1 lesen</translation>
        </message>
        <message>
            <source>Compare tables (CSV, TSV, JSONL)</source>
            <translation>Tabellen vergleichen (CSV, TSV, JSONL)</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1 unset</source>
            <translation>%1 nicht gesetzt</translation>
        </message>
        <message>
            <source>read --tolerance '%1'</source>
            <translation>--tolerance „%1“ lesen</translation>
        </message>
        <message>
            <source>not a non-negative number</source>
            <translation>keine nicht negative Zahl</translation>
        </message>
        <message>
            <source>write e.g. 0.001 (absolute) or 1% (relative)</source>
            <translation>schreiben Sie z. B. 0.001 (absolut) oder 1% (relativ)</translation>
        </message>
        <message>
            <source>row %1 (line %2)</source>
            <translation>Zeile %1 (Dateizeile %2)</translation>
        </message>
        <message>
            <source>key: %1 (unique in both)</source>
            <translation>Schlüssel: %1 (in beiden eindeutig)</translation>
        </message>
        <message>
            <source>key: %1</source>
            <translation>Schlüssel: %1</translation>
        </message>
        <message>
            <source>rows matched by content (no key)</source>
            <translation>Zeilen nach Inhalt zugeordnet (kein Schlüssel)</translation>
        </message>
        <message>
            <source>column added: %1</source>
            <translation>Spalte hinzugefügt: %1</translation>
        </message>
        <message>
            <source>column removed: %1</source>
            <translation>Spalte entfernt: %1</translation>
        </message>
        <message>
            <source>column renamed: %1 -&gt; %2</source>
            <translation>Spalte umbenannt: %1 -&gt; %2</translation>
        </message>
        <message>
            <source>column type changed: %1: %2 -&gt; %3</source>
            <translation>Spaltentyp geändert: %1: %2 -&gt; %3</translation>
        </message>
        <message>
            <source>columns reordered</source>
            <translation>Spalten umsortiert</translation>
        </message>
        <message>
            <source>%1 added, %2 removed, %3 changed, %4 unchanged rows</source>
            <translation>Zeilen: %1 hinzugefügt, %2 entfernt, %3 geändert, %4 unverändert</translation>
        </message>
        <message>
            <source>[options] A B</source>
            <translation>[Optionen] A B</translation>
        </message>
        <message>
            <source>Match rows on COL (repeat or separate with commas for several columns). Default: the first column that is unique in both tables.</source>
            <translation>Zeilen über SPALTE zuordnen (für mehrere Spalten wiederholen oder mit Kommas trennen). Standard: die erste Spalte, die in beiden Tabellen eindeutig ist.</translation>
        </message>
        <message>
            <source>COL</source>
            <translation>SPALTE</translation>
        </message>
        <message>
            <source>Match rows by their content, not by a key.</source>
            <translation>Zeilen nach ihrem Inhalt zuordnen, nicht über einen Schlüssel.</translation>
        </message>
        <message>
            <source>Numbers this close are equal: absolute (0.001) or relative (1%).</source>
            <translation>Zahlen mit höchstens diesem Abstand gelten als gleich: absolut (0.001) oder relativ (1%).</translation>
        </message>
        <message>
            <source>X</source>
            <translation>X</translation>
        </message>
        <message>
            <source>The cell delimiter (default: sniffed).</source>
            <translation>Das Trennzeichen der Zellen (Standard: automatisch erkannt).</translation>
        </message>
        <message>
            <source>CHAR</source>
            <translation>ZEICHEN</translation>
        </message>
        <message>
            <source>Write the diff as JSON.</source>
            <translation>Den Diff als JSON ausgeben.</translation>
        </message>
        <message>
            <source>Write the diff as a highlighter CSV.</source>
            <translation>Den Diff als hervorgehobene CSV ausgeben.</translation>
        </message>
        <message>
            <source>expected two tables, A and B</source>
            <translation>zwei Tabellen erwartet, A und B</translation>
        </message>
        <message>
            <source>--key and --unkeyed exclude each other</source>
            <translation>--key und --unkeyed schließen sich gegenseitig aus</translation>
        </message>
        <message>
            <source>--delimiter takes one ASCII character</source>
            <translation>--delimiter erwartet genau ein ASCII-Zeichen</translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>Warnung: %1</translation>
        </message>
        <message>
            <source>%1: a quoted cell opened at byte %2 is never closed</source>
            <translation>%1: eine bei Byte %2 geöffnete Zelle in Anführungszeichen wird nie geschlossen</translation>
        </message>
        <message>
            <source>close the quote or double the quote characters inside the cell</source>
            <translation>schließen Sie das Anführungszeichen oder verdoppeln Sie die Anführungszeichen in der Zelle</translation>
        </message>
        <message>
            <source>%1 (byte %2): the row has %3 cells, the first row has %4</source>
            <translation>%1 (Byte %2): die Zeile hat %3 Zellen, die erste Zeile hat %4</translation>
        </message>
        <message>
            <source>fix the row, or check the delimiter</source>
            <translation>korrigieren Sie die Zeile oder prüfen Sie das Trennzeichen</translation>
        </message>
        <message>
            <source>%1 (byte %2): the bytes are not valid UTF-8</source>
            <translation>%1 (Byte %2): die Bytes sind kein gültiges UTF-8</translation>
        </message>
        <message>
            <source>save the file as UTF-8</source>
            <translation>speichern Sie die Datei als UTF-8</translation>
        </message>
        <message>
            <source>diff %1 and %2</source>
            <translation>%1 und %2 vergleichen</translation>
        </message>
        <message>
            <source>the key column '%1' is not in %2 (%3)</source>
            <translation>die Schlüsselspalte „%1“ ist nicht in %2 (%3)</translation>
        </message>
        <message>
            <source>name a column that both tables have</source>
            <translation>nennen Sie eine Spalte, die beide Tabellen haben</translation>
        </message>
        <message>
            <source>the key (%1) is not unique: lines %2 and %3 of %4 have the same key</source>
            <translation>der Schlüssel (%1) ist nicht eindeutig: die Zeilen %2 und %3 von %4 haben denselben Schlüssel</translation>
        </message>
        <message>
            <source>add key columns until rows are unique, or diff without a key</source>
            <translation>fügen Sie Schlüsselspalten hinzu, bis die Zeilen eindeutig sind, oder vergleichen Sie ohne Schlüssel</translation>
        </message>
        <message>
            <source>the line is not a JSON object</source>
            <translation>die Zeile ist kein JSON-Objekt</translation>
        </message>
        <message>
            <source>%1 (byte %2): %3</source>
            <translation>%1 (Byte %2): %3</translation>
        </message>
        <message>
            <source>write one JSON object per line</source>
            <translation>schreiben Sie ein JSON-Objekt pro Zeile</translation>
        </message>
        <message>
            <source>Group runs</source>
            <translation>Läufe gruppieren</translation>
        </message>
        <message>
            <source>cannot group by "%1"</source>
            <translation>nach „%1“ kann nicht gruppiert werden</translation>
        </message>
        <message>
            <source>Group by experiment or by a param, e.g. params.lr.</source>
            <translation>Gruppieren Sie nach Experiment oder nach einem Parameter, z. B. params.lr.</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(keine)</translation>
        </message>
        <message>
            <source>Export runs to %1</source>
            <translation>Läufe nach %1 exportieren</translation>
        </message>
        <message>
            <source>Choose a folder you can write to.</source>
            <translation>Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
        </message>
        <message>
            <source>Check the free space on the disk.</source>
            <translation>Prüfen Sie den freien Speicherplatz auf der Festplatte.</translation>
        </message>
        <message>
            <source>export the chart to %1</source>
            <translation>das Diagramm nach %1 exportieren</translation>
        </message>
        <message>
            <source>the file could not be written</source>
            <translation>die Datei konnte nicht geschrieben werden</translation>
        </message>
        <message>
            <source>choose a folder you can write to</source>
            <translation>wählen Sie einen Ordner, in den Sie schreiben dürfen</translation>
        </message>
        <message>
            <source>Exported from ML Workbench</source>
            <translation>Exportiert aus ML Workbench</translation>
        </message>
        <message>
            <source>nothing was written</source>
            <translation>es wurde nichts geschrieben</translation>
        </message>
        <message>
            <source>Tag %n run(s)</source>
            <translation>%n Lauf/Läufe taggen</translation>
        </message>
        <message>
            <source>Restore %n run(s)</source>
            <translation>%n Lauf/Läufe wiederherstellen</translation>
        </message>
        <message>
            <source>Move %n run(s) to the trash</source>
            <translation>%n Lauf/Läufe in den Papierkorb verschieben</translation>
        </message>
        <message numerus="yes">
            <source>%n version(s)</source>
            <translation>
                <numerusform>%n Version</numerusform>
                <numerusform>%n Versionen</numerusform>
            </translation>
        </message>
        <message>
            <source>Register models, versions and aliases</source>
            <translation>Modelle, Versionen und Aliase registrieren</translation>
        </message>
        <message>
            <source>Check a model version against its gates</source>
            <translation>Eine Modellversion gegen ihre Prüfregeln (Gates) prüfen</translation>
        </message>
        <message>
            <source>Serve a model version on a local endpoint</source>
            <translation>Eine Modellversion auf einem lokalen Endpoint bereitstellen</translation>
        </message>
        <message>
            <source>Show this object once the project is open, e.g. mlwb://experiments/charts.</source>
            <translation>Dieses Objekt anzeigen, sobald das Projekt geöffnet ist, z. B. mlwb://experiments/charts.</translation>
        </message>
        <message>
            <source>%1 — best of these runs (%2 is better)</source>
            <translation>%1 — bester dieser Läufe (%2 ist besser)</translation>
        </message>
        <message>
            <source>lower</source>
            <translation>niedriger</translation>
        </message>
        <message>
            <source>higher</source>
            <translation>höher</translation>
        </message>
        <message>
            <source>Read the log %1</source>
            <translation>Protokoll %1 lesen</translation>
        </message>
        <message>
            <source>The object store of the project is missing this file; check %1.</source>
            <translation>Im Objektspeicher des Projekts fehlt diese Datei; prüfen Sie %1.</translation>
        </message>
        <message>
            <source>pick a folder you can write to</source>
            <translation>wählen Sie einen Ordner, in den Sie schreiben können</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopieren</translation>
        </message>
        <message>
            <source>stopped in the Deploy panel</source>
            <translation>im Bereich Bereitstellung gestoppt</translation>
        </message>
        <message>
            <source>Save the artifact as %1</source>
            <translation>Artefakt als %1 speichern</translation>
        </message>
        <message>
            <source>the file exists and cannot be replaced</source>
            <translation>die Datei existiert und kann nicht ersetzt werden</translation>
        </message>
        <message>
            <source>Choose another name or folder.</source>
            <translation>Wählen Sie einen anderen Namen oder Ordner.</translation>
        </message>
        <message>
            <source>Check that %1 exists and the folder is writable.</source>
            <translation>Prüfen Sie, ob %1 existiert und der Ordner beschreibbar ist.</translation>
        </message>
        <message>
            <source>read %1 as a table</source>
            <translation>%1 als Tabelle lesen</translation>
        </message>
        <message>
            <source>it is a folder</source>
            <translation>es ist ein Ordner</translation>
        </message>
        <message>
            <source>compare two folders, or name a file inside it</source>
            <translation>vergleichen Sie zwei Ordner oder nennen Sie eine Datei darin</translation>
        </message>
        <message>
            <source>Compares two tables (CSV, TSV or JSONL): columns, and rows added, removed or changed. A and B are files, NAME@VERSION for a dataset snapshot, or PATH@REV for the data in a git revision (also through DVC). Exit code: 0 same, 1 different, 2 error.</source>
            <translation>Vergleicht zwei Tabellen (CSV, TSV oder JSONL): Spalten sowie hinzugefügte, entfernte oder geänderte Zeilen. A und B sind Dateien, NAME@VERSION für einen Datensatz-Schnappschuss oder PFAD@REV für die Daten in einer Git-Revision (auch über DVC). Exit-Code: 0 gleich, 1 verschieden, 2 Fehler.</translation>
        </message>
        <message>
            <source>Usage: mlwb data SUBCOMMAND ...
  add PATH [--name NAME] [-m MSG]     snapshot a file or folder as a new version
  checkout NAME@VERSION [--to DIR]    restore a version's files
  ls                                  list the datasets
  versions NAME|PATH [--json]         list versions: snapshots, git, DVC
  diff A B [--key COL] [--tolerance X] [--json|--csv]  compare two tables
A and B: FILE, NAME@VERSION (a number or latest), or PATH@GITREV.
</source>
            <translation>Aufruf: mlwb data UNTERBEFEHL ...
  add PFAD [--name NAME] [-m TEXT]    eine Datei oder einen Ordner als neue Version festhalten
  checkout NAME@VERSION [--to ORDNER] die Dateien einer Version wiederherstellen
  ls                                  die Datensätze auflisten
  versions NAME|PFAD [--json]         Versionen auflisten: Schnappschüsse, Git, DVC
  diff A B [--key SPALTE] [--tolerance X] [--json|--csv]  zwei Tabellen vergleichen
A und B: DATEI, NAME@VERSION (eine Zahl oder latest) oder PFAD@GITREV.
</translation>
        </message>
        <message>
            <source>expected add, checkout, ls, versions or diff</source>
            <translation>erwartet: add, checkout, ls, versions oder diff</translation>
        </message>
        <message>
            <source>unknown subcommand '%1'; expected add, checkout, ls, versions or diff</source>
            <translation>unbekannter Unterbefehl „%1“; erwartet: add, checkout, ls, versions oder diff</translation>
        </message>
        <message>
            <source>read '%1'</source>
            <translation>„%1“ lesen</translation>
        </message>
        <message>
            <source>'%1' is not a version number</source>
            <translation>„%1“ ist keine Versionsnummer</translation>
        </message>
        <message>
            <source>write NAME@1, NAME@2, … or NAME@latest</source>
            <translation>schreiben Sie NAME@1, NAME@2, … oder NAME@latest</translation>
        </message>
        <message>
            <source>Snapshots a file or folder of the project as a new dataset version: its files go into .mlwb/objects (each content once) and PATH.mlwb names the version for git. Files unchanged since the last snapshot are not read again; unchanged data makes no new version.</source>
            <translation>Hält eine Datei oder einen Ordner des Projekts als neue Datensatzversion fest: Die Dateien kommen nach .mlwb/objects (jeder Inhalt nur einmal) und PFAD.mlwb benennt die Version für Git. Seit dem letzten Schnappschuss unveränderte Dateien werden nicht erneut gelesen; unveränderte Daten ergeben keine neue Version.</translation>
        </message>
        <message>
            <source>The dataset's name (default: the file or folder name).</source>
            <translation>Der Name des Datensatzes (Standard: der Datei- oder Ordnername).</translation>
        </message>
        <message>
            <source>A note stored with the version.</source>
            <translation>Eine Notiz, die mit der Version gespeichert wird.</translation>
        </message>
        <message>
            <source>MSG</source>
            <translation>TEXT</translation>
        </message>
        <message>
            <source>Write the result as JSON.</source>
            <translation>Das Ergebnis als JSON ausgeben.</translation>
        </message>
        <message>
            <source>expected one PATH</source>
            <translation>erwartet: genau einen PFAD</translation>
        </message>
        <message>
            <source>hashing: %1 of %2 files, %3 of %4</source>
            <translation>Hashen: %1 von %2 Dateien, %3 von %4</translation>
        </message>
        <message>
            <source>%1: version %2 (%3 files, %4)</source>
            <translation>%1: Version %2 (%3 Dateien, %4)</translation>
        </message>
        <message>
            <source>%1: unchanged, still version %2 (no new version)</source>
            <translation>%1: unverändert, weiterhin Version %2 (keine neue Version)</translation>
        </message>
        <message>
            <source>%1 files read, %2 unchanged files skipped</source>
            <translation>%1 Dateien gelesen, %2 unveränderte Dateien übersprungen</translation>
        </message>
        <message>
            <source>pointer: %1 (commit it with git)</source>
            <translation>Zeiger: %1 (mit Git committen)</translation>
        </message>
        <message>
            <source>[options] NAME@VERSION</source>
            <translation>[Optionen] NAME@VERSION</translation>
        </message>
        <message>
            <source>Restores a dataset version from .mlwb/objects, verifying every file. A file whose content is in no version is not overwritten unless --force.</source>
            <translation>Stellt eine Datensatzversion aus .mlwb/objects wieder her und prüft dabei jede Datei. Eine Datei, deren Inhalt in keiner Version vorkommt, wird ohne --force nicht überschrieben.</translation>
        </message>
        <message>
            <source>Write into DIR instead of where the data was snapshotted.</source>
            <translation>In ORDNER schreiben statt dorthin, wo die Daten festgehalten wurden.</translation>
        </message>
        <message>
            <source>Overwrite or delete files with unsaved changes.</source>
            <translation>Dateien mit ungesicherten Änderungen überschreiben oder löschen.</translation>
        </message>
        <message>
            <source>expected NAME@VERSION</source>
            <translation>erwartet: NAME@VERSION</translation>
        </message>
        <message>
            <source>%1@%2 -&gt; %3: %4 files written, %5 already up to date, %6 removed</source>
            <translation>%1@%2 -&gt; %3: %4 Dateien geschrieben, %5 bereits aktuell, %6 entfernt</translation>
        </message>
        <message>
            <source>Lists the project's datasets and their latest versions.</source>
            <translation>Listet die Datensätze des Projekts und ihre neuesten Versionen auf.</translation>
        </message>
        <message>
            <source>Write the list as JSON.</source>
            <translation>Die Liste als JSON ausgeben.</translation>
        </message>
        <message>
            <source>no datasets yet; `mlwb data add PATH` snapshots one</source>
            <translation>noch keine Datensätze; `mlwb data add PFAD` legt einen an</translation>
        </message>
        <message>
            <source>version %1</source>
            <translation>Version %1</translation>
        </message>
        <message>
            <source>[options] NAME|PATH</source>
            <translation>[Optionen] NAME|PFAD</translation>
        </message>
        <message>
            <source>Lists a dataset's snapshots and the git commits that changed its pointer file; for a PATH, the commits that changed it in git or in DVC.</source>
            <translation>Listet die Schnappschüsse eines Datensatzes und die Git-Commits auf, die seine Zeigerdatei geändert haben; für einen PFAD die Commits, die ihn in Git oder in DVC geändert haben.</translation>
        </message>
        <message>
            <source>Write the versions as JSON.</source>
            <translation>Die Versionen als JSON ausgeben.</translation>
        </message>
        <message>
            <source>expected a dataset NAME or a PATH</source>
            <translation>erwartet: einen Datensatz-NAMEN oder einen PFAD</translation>
        </message>
        <message>
            <source>list the versions of %1</source>
            <translation>Versionen von %1 auflisten</translation>
        </message>
        <message>
            <source>it is no dataset and git has no versions of it</source>
            <translation>es ist kein Datensatz und Git kennt keine Versionen davon</translation>
        </message>
        <message>
            <source>`mlwb data ls` lists the datasets</source>
            <translation>`mlwb data ls` listet die Datensätze auf</translation>
        </message>
        <message>
            <source>%1 files, %2</source>
            <translation>%1 Dateien, %2</translation>
        </message>
        <message>
            <source>in git history:</source>
            <translation>in der Git-Historie:</translation>
        </message>
        <message>
            <source>name a CSV, TSV or JSONL file</source>
            <translation>nennen Sie eine CSV-, TSV- oder JSONL-Datei</translation>
        </message>
        <message>
            <source>%1 rows</source>
            <translation>%1 Zeilen</translation>
        </message>
        <message>
            <source>missing %1</source>
            <translation>fehlend %1</translation>
        </message>
        <message>
            <source>distinct %1</source>
            <translation>verschieden %1</translation>
        </message>
        <message>
            <source>distinct ~%1 (estimate)</source>
            <translation>verschieden ~%1 (Schätzung)</translation>
        </message>
        <message>
            <source>min %1  max %2  mean %3  std %4</source>
            <translation>Min. %1  Max. %2  Mittel %3  Std.-Abw. %4</translation>
        </message>
        <message>
            <source>top: %1</source>
            <translation>häufigste: %1</translation>
        </message>
        <message>
            <source>drift in %1 of %2 columns (%3%)</source>
            <translation>Drift in %1 von %2 Spalten (%3 %)</translation>
        </message>
        <message>
            <source>: dataset drift</source>
            <translation>: Datensatz-Drift</translation>
        </message>
        <message>
            <source>DRIFT</source>
            <translation>DRIFT</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>ok</translation>
        </message>
        <message>
            <source> (drift)</source>
            <translation> (Drift)</translation>
        </message>
        <message>
            <source>not compared (in one table only or empty): %1</source>
            <translation>nicht verglichen (nur in einer Tabelle oder leer): %1</translation>
        </message>
        <message>
            <source>--threshold takes a whole number from 0 to 255</source>
            <translation>--threshold erwartet eine ganze Zahl von 0 bis 255</translation>
        </message>
        <message>
            <source>write heatmap %1</source>
            <translation>Heatmap %1 schreiben</translation>
        </message>
        <message>
            <source>the image could not be written</source>
            <translation>das Bild konnte nicht geschrieben werden</translation>
        </message>
        <message>
            <source>use a .png file name in a writable folder</source>
            <translation>verwenden Sie einen .png-Dateinamen in einem beschreibbaren Ordner</translation>
        </message>
        <message>
            <source>size %1x%2 -&gt; %3x%4; compared the top-left %5x%6</source>
            <translation>Größe %1x%2 -&gt; %3x%4; verglichen wurde der Bereich oben links mit %5x%6</translation>
        </message>
        <message>
            <source>%1 of %2 pixels changed</source>
            <translation>%1 von %2 Pixeln geändert</translation>
        </message>
        <message>
            <source> in x %1..%2, y %3..%4</source>
            <translation> in x %1..%2, y %3..%4</translation>
        </message>
        <message>
            <source>SSIM %1</source>
            <translation>SSIM %1</translation>
        </message>
        <message>
            <source>%1: %2 -&gt; %3 files</source>
            <translation>%1: %2 -&gt; %3 Dateien</translation>
        </message>
        <message>
            <source>%1 added, %2 removed, %3 changed, %4 renamed, %5 unchanged files</source>
            <translation>%1 hinzugefügt, %2 entfernt, %3 geändert, %4 umbenannt, %5 unveränderte Dateien</translation>
        </message>
        <message>
            <source>Compares two images pixel by pixel, or two image folders file by file (added, removed, changed, renamed; counts per top-level folder). Exit code: 0 same, 1 different, 2 error.</source>
            <translation>Vergleicht zwei Bilder Pixel für Pixel oder zwei Bildordner Datei für Datei (hinzugefügt, entfernt, geändert, umbenannt; Anzahlen je Ordner der obersten Ebene). Exit-Code: 0 gleich, 1 verschieden, 2 Fehler.</translation>
        </message>
        <message>
            <source>Images: a pixel changed when a channel differs by more than N (0-255).</source>
            <translation>Bilder: Ein Pixel gilt als geändert, wenn ein Kanal um mehr als N (0–255) abweicht.</translation>
        </message>
        <message>
            <source>Images: write the difference heatmap (PNG with alpha) to FILE.</source>
            <translation>Bilder: Die Differenz-Heatmap (PNG mit Alpha) in DATEI schreiben.</translation>
        </message>
        <message>
            <source>expected two images or two folders, A and B</source>
            <translation>erwartet: zwei Bilder oder zwei Ordner, A und B</translation>
        </message>
        <message>
            <source>[options] TABLE</source>
            <translation>[Optionen] TABELLE</translation>
        </message>
        <message>
            <source>Profiles each column of a table (CSV, TSV or JSONL): type, missing and distinct values, min/max/mean/std, quantiles, top values, histogram. TABLE is a file, NAME@VERSION for a dataset snapshot, or PATH@REV for the data in a git revision.</source>
            <translation>Erstellt ein Profil jeder Spalte einer Tabelle (CSV, TSV oder JSONL): Typ, fehlende und verschiedene Werte, Min./Max./Mittelwert/Standardabweichung, Quantile, häufigste Werte, Histogramm. TABELLE ist eine Datei, NAME@VERSION für einen Datensatz-Schnappschuss oder PFAD@REV für die Daten in einer Git-Revision.</translation>
        </message>
        <message>
            <source>Write the profile as JSON.</source>
            <translation>Das Profil als JSON ausgeben.</translation>
        </message>
        <message>
            <source>expected one table</source>
            <translation>erwartet: genau eine Tabelle</translation>
        </message>
        <message>
            <source>[options] REFERENCE CURRENT</source>
            <translation>[Optionen] REFERENZ AKTUELL</translation>
        </message>
        <message>
            <source>Tests each column shared by two tables for drift: KS (numeric) or chi-squared (categorical) up to 1,000 reference values, Wasserstein or Jensen-Shannon distance above, and PSI for every column. Each table is a file, NAME@VERSION or PATH@REV. Exit code: 0 no drift, 1 drift, 2 error.</source>
            <translation>Prüft jede Spalte, die beide Tabellen haben, auf Drift: KS (numerisch) oder Chi-Quadrat (kategorial) bis 1.000 Referenzwerte, darüber Wasserstein- oder Jensen-Shannon-Abstand, und PSI für jede Spalte. Jede Tabelle ist eine Datei, NAME@VERSION oder PFAD@REV. Exit-Code: 0 keine Drift, 1 Drift, 2 Fehler.</translation>
        </message>
        <message>
            <source>Write the drift report as JSON.</source>
            <translation>Den Drift-Bericht als JSON ausgeben.</translation>
        </message>
        <message>
            <source>expected two tables, REFERENCE and CURRENT</source>
            <translation>erwartet: zwei Tabellen, REFERENZ und AKTUELL</translation>
        </message>
        <message>
            <source>read deployment id '%1'</source>
            <translation>Bereitstellungs-ID „%1“ lesen</translation>
        </message>
        <message>
            <source>not a positive number</source>
            <translation>keine positive Zahl</translation>
        </message>
        <message>
            <source>see `mlwb deploy ls` for the ids</source>
            <translation>`mlwb deploy ls` zeigt die IDs</translation>
        </message>
        <message>
            <source>Deploy this ONNX file instead of a registered version.</source>
            <translation>Diese ONNX-Datei statt einer registrierten Version bereitstellen.</translation>
        </message>
        <message>
            <source>The model name for --model-file (default: the file name).</source>
            <translation>Der Modellname für --model-file (Standard: der Dateiname).</translation>
        </message>
        <message>
            <source>The version label for --model-file (default: the start of its hash).</source>
            <translation>Die Versionsbezeichnung für --model-file (Standard: der Anfang ihres Hashes).</translation>
        </message>
        <message>
            <source>V</source>
            <translation>V</translation>
        </message>
        <message>
            <source>docker, podman or process (default: an engine when one is found, else a process).</source>
            <translation>docker, podman oder process (Standard: eine Container-Engine, falls vorhanden, sonst ein Prozess).</translation>
        </message>
        <message>
            <source>TARGET</source>
            <translation>ZIEL</translation>
        </message>
        <message>
            <source>Seconds to wait for health (default 30).</source>
            <translation>Sekunden, die auf Betriebsbereitschaft gewartet wird (Standard: 30).</translation>
        </message>
        <message>
            <source>S</source>
            <translation>S</translation>
        </message>
        <message>
            <source>Print the build log.</source>
            <translation>Das Build-Protokoll ausgeben.</translation>
        </message>
        <message>
            <source>Print the deployment as JSON once healthy.</source>
            <translation>Die Bereitstellung als JSON ausgeben, sobald sie betriebsbereit ist.</translation>
        </message>
        <message>
            <source>read the arguments</source>
            <translation>Argumente lesen</translation>
        </message>
        <message>
            <source>give MODEL@VERSION or --model-file, not both</source>
            <translation>geben Sie MODELL@VERSION oder --model-file an, nicht beides</translation>
        </message>
        <message>
            <source>expected one MODEL@VERSION or MODEL@ALIAS</source>
            <translation>erwartet: genau ein MODELL@VERSION oder MODELL@ALIAS</translation>
        </message>
        <message>
            <source>or give --model-file FILE</source>
            <translation>oder geben Sie --model-file DATEI an</translation>
        </message>
        <message>
            <source>read --target '%1'</source>
            <translation>--target „%1“ lesen</translation>
        </message>
        <message>
            <source>not a target</source>
            <translation>kein Ziel</translation>
        </message>
        <message>
            <source>use docker, podman or process</source>
            <translation>verwenden Sie docker, podman oder process</translation>
        </message>
        <message>
            <source>read --port '%1'</source>
            <translation>--port „%1“ lesen</translation>
        </message>
        <message>
            <source>not a port number (1-65535)</source>
            <translation>keine Portnummer (1–65535)</translation>
        </message>
        <message>
            <source>read --timeout '%1'</source>
            <translation>--timeout „%1“ lesen</translation>
        </message>
        <message>
            <source>not a positive number of seconds</source>
            <translation>keine positive Anzahl Sekunden</translation>
        </message>
        <message>
            <source>%1 is healthy at %2 (%3, %4 s)</source>
            <translation>%1 ist betriebsbereit unter %2 (%3, %4 s)</translation>
        </message>
        <message>
            <source>try: curl %1/v2/models/%2</source>
            <translation>versuchen Sie: curl %1/v2/models/%2</translation>
        </message>
        <message>
            <source>MODEL@VERSION|MODEL@ALIAS|--model-file FILE [options]</source>
            <translation>MODELL@VERSION|MODELL@ALIAS|--model-file DATEI [Optionen]</translation>
        </message>
        <message>
            <source>Builds an image of mlwb-serve with the model (FROM scratch, offline), starts it on 127.0.0.1 and waits until it is healthy. Without a container engine the model is served by a local process.</source>
            <translation>Baut ein Image von mlwb-serve mit dem Modell (FROM scratch, offline), startet es auf 127.0.0.1 und wartet, bis es betriebsbereit ist. Ohne Container-Engine wird das Modell von einem lokalen Prozess bereitgestellt.</translation>
        </message>
        <message>
            <source>The port on 127.0.0.1 (default: the next free one from 8080).</source>
            <translation>Der Port auf 127.0.0.1 (Standard: der nächste freie ab 8080).</translation>
        </message>
        <message>
            <source>P</source>
            <translation>P</translation>
        </message>
        <message>
            <source>ID MODEL@VERSION|--model-file FILE [options]</source>
            <translation>ID MODELL@VERSION|--model-file DATEI [Optionen]</translation>
        </message>
        <message>
            <source>Redeploys another version on the port of deployment ID. If the new one does not become healthy, the old one is started again.</source>
            <translation>Stellt eine andere Version auf dem Port der Bereitstellung ID bereit. Wird die neue nicht betriebsbereit, wird die alte wieder gestartet.</translation>
        </message>
        <message>
            <source>expected the id of the deployment to replace</source>
            <translation>erwartet: die ID der zu ersetzenden Bereitstellung</translation>
        </message>
        <message>
            <source>[--all] [--json]</source>
            <translation>[--all] [--json]</translation>
        </message>
        <message>
            <source>Lists the running deployments (all of them with --all), after checking them against the container engine and live processes.</source>
            <translation>Listet die laufenden Bereitstellungen auf (mit --all alle), nachdem sie mit der Container-Engine und den laufenden Prozessen abgeglichen wurden.</translation>
        </message>
        <message>
            <source>Also stopped, failed and removed deployments.</source>
            <translation>Auch gestoppte, fehlgeschlagene und entfernte Bereitstellungen.</translation>
        </message>
        <message>
            <source>no deployments</source>
            <translation>keine Bereitstellungen</translation>
        </message>
        <message>
            <source>MODEL</source>
            <translation>MODELL</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>ID [--json]</source>
            <translation>ID [--json]</translation>
        </message>
        <message>
            <source>Stops a deployment and removes its container and image.</source>
            <translation>Stoppt eine Bereitstellung und entfernt ihren Container und ihr Image.</translation>
        </message>
        <message>
            <source>Stops a deployment; its record stays.</source>
            <translation>Stoppt eine Bereitstellung; ihr Eintrag bleibt erhalten.</translation>
        </message>
        <message>
            <source>Print the deployment as JSON.</source>
            <translation>Die Bereitstellung als JSON ausgeben.</translation>
        </message>
        <message>
            <source>expected one deployment id</source>
            <translation>erwartet: genau eine Bereitstellungs-ID</translation>
        </message>
        <message>
            <source>removed %1 (#%2)</source>
            <translation>%1 entfernt (#%2)</translation>
        </message>
        <message>
            <source>stopped %1 (#%2)</source>
            <translation>%1 gestoppt (#%2)</translation>
        </message>
        <message>
            <source>ID [--follow] [--tail N] [--json]</source>
            <translation>ID [--follow] [--tail N] [--json]</translation>
        </message>
        <message>
            <source>Prints a deployment's output (stdout and stderr).</source>
            <translation>Gibt die Ausgabe einer Bereitstellung aus (stdout und stderr).</translation>
        </message>
        <message>
            <source>Keep printing new lines.</source>
            <translation>Weiterhin neue Zeilen ausgeben.</translation>
        </message>
        <message>
            <source>Only the last N lines.</source>
            <translation>Nur die letzten N Zeilen.</translation>
        </message>
        <message>
            <source>One JSON object per line: stream, line.</source>
            <translation>Ein JSON-Objekt je Zeile: stream, line.</translation>
        </message>
        <message>
            <source>--tail takes a number of lines</source>
            <translation>--tail erwartet eine Anzahl Zeilen</translation>
        </message>
        <message>
            <source>ID --compose|--k8s [-o FILE]</source>
            <translation>ID --compose|--k8s [-o DATEI]</translation>
        </message>
        <message>
            <source>Writes a deployment as compose.yaml or as Kubernetes Deployment and Service manifests.</source>
            <translation>Schreibt eine Bereitstellung als compose.yaml oder als Kubernetes-Manifeste für Deployment und Service.</translation>
        </message>
        <message>
            <source>compose.yaml</source>
            <translation>compose.yaml</translation>
        </message>
        <message>
            <source>Kubernetes Deployment + Service</source>
            <translation>Kubernetes-Deployment + -Service</translation>
        </message>
        <message>
            <source>choose one of --compose and --k8s</source>
            <translation>wählen Sie eines von --compose und --k8s</translation>
        </message>
        <message>
            <source>[options] MODEL@VERSION|MODEL@ALIAS</source>
            <translation>[Optionen] MODELL@VERSION|MODELL@ALIAS</translation>
        </message>
        <message>
            <source>Evaluates the model's rules in mlwb-gates.yaml for one version. Exit code 0: every rule passed; 1: a rule failed; 2: a rule could not be evaluated or the gate file is broken.</source>
            <translation>Wertet die Regeln des Modells in mlwb-gates.yaml für eine Version aus. Exit-Code 0: alle Regeln bestanden; 1: eine Regel nicht bestanden; 2: eine Regel konnte nicht ausgewertet werden oder die Gate-Datei ist fehlerhaft.</translation>
        </message>
        <message>
            <source>The gate file (default: mlwb-gates.yaml at the project root).</source>
            <translation>Die Gate-Datei (Standard: mlwb-gates.yaml im Projektstamm).</translation>
        </message>
        <message>
            <source>expected MODEL@VERSION or MODEL@ALIAS</source>
            <translation>erwartet: MODELL@VERSION oder MODELL@ALIAS</translation>
        </message>
        <message>
            <source>%1: %2 of %3 rule(s) passed</source>
            <translation>%1: %2 von %3 Regel(n) bestanden</translation>
        </message>
        <message>
            <source>Usage: mlwb gate check MODEL@VERSION|MODEL@ALIAS [--json] [--file PATH]
</source>
            <translation>Aufruf: mlwb gate check MODELL@VERSION|MODELL@ALIAS [--json] [--file PFAD]
</translation>
        </message>
        <message>
            <source>expected check</source>
            <translation>erwartet: check</translation>
        </message>
        <message>
            <source>Imported %1 registered model(s) with %2 new version(s) and %3 alias(es).</source>
            <translation>%1 registrierte(s) Modell(e) mit %2 neuen Version(en) und %3 Alias(en) importiert.</translation>
        </message>
        <message>
            <source>read "%1"</source>
            <translation>„%1“ lesen</translation>
        </message>
        <message>
            <source>expected NAME or NAME@VERSION with a number</source>
            <translation>erwartet: NAME oder NAME@VERSION mit einer Zahl</translation>
        </message>
        <message>
            <source>see the versions with `mlwb model show %1`</source>
            <translation>die Versionen zeigt `mlwb model show %1`</translation>
        </message>
        <message>
            <source>(archived)</source>
            <translation>(archiviert)</translation>
        </message>
        <message>
            <source>[options] NAME PATH|RUN:ARTIFACT</source>
            <translation>[Optionen] NAME PFAD|RUN:ARTEFAKT</translation>
        </message>
        <message>
            <source>Registers a model file, or an artifact of a run, as the next version of model NAME. The same bytes registered again give the existing version.</source>
            <translation>Registriert eine Modelldatei oder ein Artefakt eines Laufs als nächste Version des Modells NAME. Dieselben Bytes erneut registriert ergeben die bestehende Version.</translation>
        </message>
        <message>
            <source>Point ALIAS at the version.</source>
            <translation>ALIAS auf die Version zeigen lassen.</translation>
        </message>
        <message>
            <source>ALIAS</source>
            <translation>ALIAS</translation>
        </message>
        <message>
            <source>The version's description (markdown).</source>
            <translation>Die Beschreibung der Version (Markdown).</translation>
        </message>
        <message>
            <source>Print the version as JSON.</source>
            <translation>Die Version als JSON ausgeben.</translation>
        </message>
        <message>
            <source>expected a model name and a file or RUN:ARTIFACT</source>
            <translation>erwartet: einen Modellnamen und eine Datei oder RUN:ARTEFAKT</translation>
        </message>
        <message>
            <source>%1 already holds these bytes; nothing was added.</source>
            <translation>%1 enthält bereits diese Bytes; es wurde nichts hinzugefügt.</translation>
        </message>
        <message>
            <source>Registered %1.</source>
            <translation>%1 registriert.</translation>
        </message>
        <message>
            <source>Alias %1 -&gt; version %2.</source>
            <translation>Alias %1 -&gt; Version %2.</translation>
        </message>
        <message>
            <source>Lists the registered models.</source>
            <translation>Listet die registrierten Modelle auf.</translation>
        </message>
        <message>
            <source>Include archived models.</source>
            <translation>Archivierte Modelle einbeziehen.</translation>
        </message>
        <message>
            <source>[options] NAME[@VERSION|@ALIAS]</source>
            <translation>[Optionen] NAME[@VERSION|@ALIAS]</translation>
        </message>
        <message>
            <source>Shows a model and its versions, or one version with its signature and lineage.</source>
            <translation>Zeigt ein Modell und seine Versionen oder eine Version mit Signatur und Herkunft.</translation>
        </message>
        <message>
            <source>expected NAME or NAME@VERSION</source>
            <translation>erwartet: NAME oder NAME@VERSION</translation>
        </message>
        <message>
            <source>Aliases: %1</source>
            <translation>Aliase: %1</translation>
        </message>
        <message>
            <source>ONNX IR %1, opset %2, producer %3 %4, %5 parameters</source>
            <translation>ONNX IR %1, Opset %2, Erzeuger %3 %4, %5 Parameter</translation>
        </message>
        <message>
            <source>Run: %1 %2 (%3), commit %4%5</source>
            <translation>Lauf: %1 %2 (%3), Commit %4%5</translation>
        </message>
        <message>
            <source> with uncommitted changes</source>
            <translation> mit nicht committeten Änderungen</translation>
        </message>
        <message>
            <source>Dataset: %1 v%2 (%3)</source>
            <translation>Datensatz: %1 v%2 (%3)</translation>
        </message>
        <message>
            <source>[options] NAME VERSION ALIAS | NAME --delete ALIAS | NAME --history</source>
            <translation>[Optionen] NAME VERSION ALIAS | NAME --delete ALIAS | NAME --history</translation>
        </message>
        <message>
            <source>Points ALIAS of model NAME at VERSION (moving it if it exists), removes an alias, or shows who moved the aliases when.</source>
            <translation>Lässt ALIAS des Modells NAME auf VERSION zeigen (verschiebt ihn, falls vorhanden), entfernt einen Alias oder zeigt, wer die Aliase wann verschoben hat.</translation>
        </message>
        <message>
            <source>Remove ALIAS.</source>
            <translation>ALIAS entfernen.</translation>
        </message>
        <message>
            <source>Show the alias history.</source>
            <translation>Den Alias-Verlauf anzeigen.</translation>
        </message>
        <message>
            <source>expected NAME VERSION ALIAS</source>
            <translation>erwartet: NAME VERSION ALIAS</translation>
        </message>
        <message>
            <source>Removed alias %1 (was version %2).</source>
            <translation>Alias %1 entfernt (war Version %2).</translation>
        </message>
        <message>
            <source>VERSION must be a number, got '%1'</source>
            <translation>VERSION muss eine Zahl sein, erhalten: „%1“</translation>
        </message>
        <message>
            <source>Moved %1 from version %2 to %3.</source>
            <translation>%1 von Version %2 nach %3 verschoben.</translation>
        </message>
        <message>
            <source>%1 -&gt; version %2.</source>
            <translation>%1 -&gt; Version %2.</translation>
        </message>
        <message>
            <source>[options] NAME[@VERSION] KEY=VALUE... | NAME[@VERSION] --delete KEY</source>
            <translation>[Optionen] NAME[@VERSION] SCHLÜSSEL=WERT... | NAME[@VERSION] --delete SCHLÜSSEL</translation>
        </message>
        <message>
            <source>Sets or removes tags of a model or of one of its versions.</source>
            <translation>Setzt oder entfernt Tags eines Modells oder einer seiner Versionen.</translation>
        </message>
        <message>
            <source>Remove tag KEY.</source>
            <translation>Tag SCHLÜSSEL entfernen.</translation>
        </message>
        <message>
            <source>KEY</source>
            <translation>SCHLÜSSEL</translation>
        </message>
        <message>
            <source>expected NAME[@VERSION] and KEY=VALUE</source>
            <translation>erwartet: NAME[@VERSION] und SCHLÜSSEL=WERT</translation>
        </message>
        <message>
            <source>NAME[@VERSION] TEXT</source>
            <translation>NAME[@VERSION] TEXT</translation>
        </message>
        <message>
            <source>Sets the markdown description (model card) of a model or a version.</source>
            <translation>Setzt die Markdown-Beschreibung (Model Card) eines Modells oder einer Version.</translation>
        </message>
        <message>
            <source>expected NAME[@VERSION] and the text</source>
            <translation>erwartet: NAME[@VERSION] und den Text</translation>
        </message>
        <message>
            <source>NAME[@VERSION]</source>
            <translation>NAME[@VERSION]</translation>
        </message>
        <message>
            <source>Archives a model or a version (hidden, kept, restorable).</source>
            <translation>Archiviert ein Modell oder eine Version (ausgeblendet, aufbewahrt, wiederherstellbar).</translation>
        </message>
        <message>
            <source>Restores an archived model or version.</source>
            <translation>Stellt ein archiviertes Modell oder eine archivierte Version wieder her.</translation>
        </message>
        <message>
            <source>%1 was archived already.</source>
            <translation>%1 war bereits archiviert.</translation>
        </message>
        <message>
            <source>%1 was not archived.</source>
            <translation>%1 war nicht archiviert.</translation>
        </message>
        <message>
            <source>Usage: mlwb model SUBCOMMAND ...
  register NAME PATH|RUN:ARTIFACT [--alias A] [-m TEXT]  add a version
  ls [--archived]                     list models
  show NAME[@VERSION|@ALIAS]          versions, or signature and lineage
  alias NAME VERSION ALIAS            point an alias (--delete, --history)
  tag NAME[@VERSION] KEY=VALUE...     set tags (--delete KEY)
  describe NAME[@VERSION] TEXT        set the description
  archive|restore NAME[@VERSION]      hide or bring back
Most subcommands take --json.
</source>
            <translation>Aufruf: mlwb model UNTERBEFEHL ...
  register NAME PFAD|RUN:ARTEFAKT [--alias A] [-m TEXT]  eine Version hinzufügen
  ls [--archived]                     Modelle auflisten
  show NAME[@VERSION|@ALIAS]          Versionen oder Signatur und Herkunft
  alias NAME VERSION ALIAS            einen Alias setzen (--delete, --history)
  tag NAME[@VERSION] SCHLÜSSEL=WERT... Tags setzen (--delete SCHLÜSSEL)
  describe NAME[@VERSION] TEXT        die Beschreibung setzen
  archive|restore NAME[@VERSION]      ausblenden oder zurückholen
Die meisten Unterbefehle kennen --json.
</translation>
        </message>
        <message>
            <source>expected a subcommand such as register, ls or show</source>
            <translation>erwartet: einen Unterbefehl wie register, ls oder show</translation>
        </message>
        <message>
            <source>unknown subcommand '%1'</source>
            <translation>unbekannter Unterbefehl „%1“</translation>
        </message>
        <message>
            <source>profile %1</source>
            <translation>Profil von %1 erstellen</translation>
        </message>
        <message>
            <source>the row has %1 cells, the header %2</source>
            <translation>die Zeile hat %1 Zellen, die Kopfzeile %2</translation>
        </message>
        <message>
            <source>fix the row, or quote cells that contain the delimiter</source>
            <translation>korrigieren Sie die Zeile oder setzen Sie Zellen, die das Trennzeichen enthalten, in Anführungszeichen</translation>
        </message>
        <message>
            <source>create a temporary folder</source>
            <translation>einen temporären Ordner anlegen</translation>
        </message>
        <message>
            <source>read the version in '%1@%2'</source>
            <translation>die Version in „%1@%2“ lesen</translation>
        </message>
        <message>
            <source>restore %1</source>
            <translation>%1 wiederherstellen</translation>
        </message>
        <message>
            <source>its content %1 is missing from the object store</source>
            <translation>sein Inhalt %1 fehlt im Objektspeicher</translation>
        </message>
        <message>
            <source>the store was cleaned or copied incompletely; snapshot the data again where it still exists</source>
            <translation>der Speicher wurde bereinigt oder unvollständig kopiert; halten Sie die Daten dort erneut fest, wo sie noch vorhanden sind</translation>
        </message>
        <message>
            <source>check the free disk space</source>
            <translation>prüfen Sie den freien Speicherplatz</translation>
        </message>
        <message>
            <source>object %1 in the store is damaged: its content hash is %2</source>
            <translation>Objekt %1 im Speicher ist beschädigt: sein Inhalts-Hash ist %2</translation>
        </message>
        <message>
            <source>the file was left as it was; snapshot the data again where it still exists</source>
            <translation>die Datei blieb unverändert; halten Sie die Daten dort erneut fest, wo sie noch vorhanden sind</translation>
        </message>
        <message>
            <source>list the DVC versions of %1</source>
            <translation>die DVC-Versionen von %1 auflisten</translation>
        </message>
        <message>
            <source>the tables have no column with values in common</source>
            <translation>die Tabellen haben keine Spalte mit gemeinsamen Werten</translation>
        </message>
        <message>
            <source>check that both files hold the same kind of table</source>
            <translation>prüfen Sie, ob beide Dateien dieselbe Art von Tabelle enthalten</translation>
        </message>
        <message>
            <source>check its permissions</source>
            <translation>prüfen Sie die Zugriffsrechte</translation>
        </message>
        <message>
            <source>check the folder's permissions</source>
            <translation>prüfen Sie die Zugriffsrechte des Ordners</translation>
        </message>
        <message>
            <source>fix the file, or restore it with git; it was not changed</source>
            <translation>korrigieren Sie die Datei oder stellen Sie sie mit Git wieder her; sie wurde nicht verändert</translation>
        </message>
        <message>
            <source>fix the YAML, or restore the file with git; it was not changed</source>
            <translation>korrigieren Sie das YAML oder stellen Sie die Datei mit Git wieder her; sie wurde nicht verändert</translation>
        </message>
        <message>
            <source>expected 'path:' and 'md5:' entries</source>
            <translation>erwartet: Einträge „path:“ und „md5:“</translation>
        </message>
        <message>
            <source>the entry has no 'path'</source>
            <translation>der Eintrag hat kein „path“</translation>
        </message>
        <message>
            <source>'%1' is not an md5 hash</source>
            <translation>„%1“ ist kein MD5-Hash</translation>
        </message>
        <message>
            <source>expected a list</source>
            <translation>erwartet: eine Liste</translation>
        </message>
        <message>
            <source>stage '%1' is not a map</source>
            <translation>Stufe „%1“ ist keine Map</translation>
        </message>
        <message>
            <source>a .dvc file needs an 'outs:' list</source>
            <translation>eine .dvc-Datei braucht eine Liste „outs:“</translation>
        </message>
        <message>
            <source>expected a map of stages</source>
            <translation>erwartet: eine Map von Stufen</translation>
        </message>
        <message>
            <source>schema '%1' is not known; DVC 1.x and 2.0 lockfiles are</source>
            <translation>Schema „%1“ ist unbekannt; bekannt sind Lockfiles von DVC 1.x und 2.0</translation>
        </message>
        <message>
            <source>'stages' is not a map</source>
            <translation>„stages“ ist keine Map</translation>
        </message>
        <message>
            <source>read DVC folder manifest %1 at byte %2</source>
            <translation>DVC-Ordnermanifest %1 an Byte %2 lesen</translation>
        </message>
        <message>
            <source>the DVC cache may be damaged; run `dvc fetch`</source>
            <translation>der DVC-Cache ist möglicherweise beschädigt; führen Sie `dvc fetch` aus</translation>
        </message>
        <message>
            <source>read DVC folder manifest %1</source>
            <translation>DVC-Ordnermanifest %1 lesen</translation>
        </message>
        <message>
            <source>expected a JSON list of {md5, relpath}</source>
            <translation>erwartet: eine JSON-Liste aus {md5, relpath}</translation>
        </message>
        <message>
            <source>read DVC folder manifest %1, entry %2</source>
            <translation>DVC-Ordnermanifest %1, Eintrag %2 lesen</translation>
        </message>
        <message>
            <source>expected an md5 and a relative path inside the folder</source>
            <translation>erwartet: einen MD5-Hash und einen relativen Pfad innerhalb des Ordners</translation>
        </message>
        <message>
            <source>read the DVC version of %1 at %2</source>
            <translation>die DVC-Version von %1 bei %2 lesen</translation>
        </message>
        <message>
            <source>the file changed while it was read</source>
            <translation>die Datei hat sich beim Lesen geändert</translation>
        </message>
        <message>
            <source>wait until whatever writes it is done, then add it again</source>
            <translation>warten Sie, bis das schreibende Programm fertig ist, und fügen Sie sie dann erneut hinzu</translation>
        </message>
        <message>
            <source>hash %1 files</source>
            <translation>%1 Dateien hashen</translation>
        </message>
        <message>
            <source>nothing was recorded; add the data again when you are ready</source>
            <translation>es wurde nichts aufgezeichnet; fügen Sie die Daten erneut hinzu, wenn Sie bereit sind</translation>
        </message>
        <message>
            <source>there is no file or folder there</source>
            <translation>dort gibt es keine Datei und keinen Ordner</translation>
        </message>
        <message>
            <source>check the path</source>
            <translation>prüfen Sie den Pfad</translation>
        </message>
        <message>
            <source>read folder %1</source>
            <translation>Ordner %1 lesen</translation>
        </message>
        <message>
            <source>not a folder</source>
            <translation>kein Ordner</translation>
        </message>
        <message>
            <source>check the path; give two folders or two files</source>
            <translation>prüfen Sie den Pfad; geben Sie zwei Ordner oder zwei Dateien an</translation>
        </message>
        <message>
            <source>read image %1</source>
            <translation>Bild %1 lesen</translation>
        </message>
        <message>
            <source>check the path and that the file is readable</source>
            <translation>prüfen Sie den Pfad und ob die Datei lesbar ist</translation>
        </message>
        <message>
            <source>the file is broken or not an image; replace it</source>
            <translation>die Datei ist beschädigt oder kein Bild; ersetzen Sie sie</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>die Datei ist leer</translation>
        </message>
        <message>
            <source>not a readable image (broken or unsupported format)</source>
            <translation>kein lesbares Bild (beschädigt oder nicht unterstütztes Format)</translation>
        </message>
        <message>
            <source>there is no such file or folder</source>
            <translation>diese Datei oder dieser Ordner existiert nicht</translation>
        </message>
        <message>
            <source>give a path, NAME@VERSION for a dataset snapshot, or PATH@REV for a git revision</source>
            <translation>geben Sie einen Pfad an, NAME@VERSION für einen Datensatz-Schnappschuss oder PFAD@REV für eine Git-Revision</translation>
        </message>
        <message>
            <source>there is no dataset '%1' (the project has none yet) and no file of that name in git</source>
            <translation>es gibt keinen Datensatz „%1“ (das Projekt hat noch keinen) und keine Datei dieses Namens in Git</translation>
        </message>
        <message>
            <source>there is no dataset '%1' (there are: %2) and no file of that name in git</source>
            <translation>es gibt keinen Datensatz „%1“ (vorhanden sind: %2) und keine Datei dieses Namens in Git</translation>
        </message>
        <message>
            <source>`mlwb data ls` lists the datasets; `mlwb data add PATH` creates one</source>
            <translation>`mlwb data ls` listet die Datensätze auf; `mlwb data add PFAD` legt einen an</translation>
        </message>
        <message>
            <source>%1: %2 is not in the DVC cache %3 (run `dvc fetch`)</source>
            <translation>%1: %2 ist nicht im DVC-Cache %3 (führen Sie `dvc fetch` aus)</translation>
        </message>
        <message>
            <source>%1: %2 in the DVC cache does not match its md5</source>
            <translation>%1: %2 im DVC-Cache passt nicht zu seinem MD5-Hash</translation>
        </message>
        <message>
            <source>its content %1 is not in the DVC cache %2</source>
            <translation>sein Inhalt %1 ist nicht im DVC-Cache %2</translation>
        </message>
        <message>
            <source>run `dvc fetch` or `dvc pull` to download it</source>
            <translation>führen Sie `dvc fetch` oder `dvc pull` aus, um ihn herunterzuladen</translation>
        </message>
        <message>
            <source>check out into %1</source>
            <translation>nach %1 auschecken</translation>
        </message>
        <message>
            <source>it is a file, and the version is a folder</source>
            <translation>dort ist eine Datei, die Version ist aber ein Ordner</translation>
        </message>
        <message>
            <source>it is a folder, and the version is a file</source>
            <translation>dort ist ein Ordner, die Version ist aber eine Datei</translation>
        </message>
        <message>
            <source>choose another target with --to</source>
            <translation>wählen Sie mit --to ein anderes Ziel</translation>
        </message>
        <message>
            <source>%1 was modified and its content is not stored in any version</source>
            <translation>%1 wurde geändert und sein Inhalt ist in keiner Version gespeichert</translation>
        </message>
        <message>
            <source>%1 and %2 more files were modified and their content is not stored in any version</source>
            <translation>%1 und %2 weitere Dateien wurden geändert und ihr Inhalt ist in keiner Version gespeichert</translation>
        </message>
        <message>
            <source>snapshot them first with `mlwb data add`, or pass --force to discard the changes; nothing was changed</source>
            <translation>halten Sie sie zuerst mit `mlwb data add` fest oder verwerfen Sie die Änderungen mit --force; es wurde nichts verändert</translation>
        </message>
        <message>
            <source>cancelled after %1 of %2 files</source>
            <translation>abgebrochen nach %1 von %2 Dateien</translation>
        </message>
        <message>
            <source>check out again to finish; the files written so far are complete</source>
            <translation>checken Sie erneut aus, um abzuschließen; die bisher geschriebenen Dateien sind vollständig</translation>
        </message>
        <message>
            <source>cannot remove %1, which the version does not have</source>
            <translation>%1 kann nicht entfernt werden (die Version enthält es nicht)</translation>
        </message>
        <message>
            <source>find dataset '%1'</source>
            <translation>Datensatz „%1“ finden</translation>
        </message>
        <message>
            <source>the project has no datasets yet</source>
            <translation>das Projekt hat noch keine Datensätze</translation>
        </message>
        <message>
            <source>the project has datasets %1</source>
            <translation>das Projekt hat die Datensätze %1</translation>
        </message>
        <message>
            <source>snapshot data with `mlwb data add PATH`; `mlwb data ls` lists datasets</source>
            <translation>halten Sie Daten mit `mlwb data add PFAD` fest; `mlwb data ls` listet die Datensätze auf</translation>
        </message>
        <message>
            <source>find a version of dataset '%1'</source>
            <translation>eine Version von Datensatz „%1“ finden</translation>
        </message>
        <message>
            <source>it has no versions</source>
            <translation>er hat keine Versionen</translation>
        </message>
        <message>
            <source>snapshot it with `mlwb data add`</source>
            <translation>halten Sie ihn mit `mlwb data add` fest</translation>
        </message>
        <message>
            <source>find version %1 of dataset '%2'</source>
            <translation>Version %1 von Datensatz „%2“ finden</translation>
        </message>
        <message>
            <source>it has only version 1</source>
            <translation>er hat nur Version 1</translation>
        </message>
        <message>
            <source>it has versions 1 to %1</source>
            <translation>er hat die Versionen 1 bis %1</translation>
        </message>
        <message>
            <source>`mlwb data versions %1` lists them; `latest` names the newest</source>
            <translation>`mlwb data versions %1` listet sie auf; `latest` bezeichnet die neueste</translation>
        </message>
        <message>
            <source>read dataset version %1</source>
            <translation>Datensatzversion %1 lesen</translation>
        </message>
        <message>
            <source>there is no such version</source>
            <translation>diese Version gibt es nicht</translation>
        </message>
        <message>
            <source>read dataset manifest %1</source>
            <translation>Datensatzmanifest %1 lesen</translation>
        </message>
        <message>
            <source>it is not in %1</source>
            <translation>es ist nicht in %1</translation>
        </message>
        <message>
            <source>the version was snapshotted in another copy of the project; run `mlwb data add` there, or copy its .mlwb/objects</source>
            <translation>die Version wurde in einer anderen Kopie des Projekts festgehalten; führen Sie dort `mlwb data add` aus oder kopieren Sie deren .mlwb/objects</translation>
        </message>
        <message>
            <source>snapshot %1</source>
            <translation>Schnappschuss von %1 erstellen</translation>
        </message>
        <message>
            <source>it is outside the project %1</source>
            <translation>es liegt außerhalb des Projekts %1</translation>
        </message>
        <message>
            <source>move the data into the project folder, or open the project it lies in</source>
            <translation>verschieben Sie die Daten in den Projektordner oder öffnen Sie das Projekt, in dem sie liegen</translation>
        </message>
        <message>
            <source>that is the project itself or its data folder</source>
            <translation>das ist das Projekt selbst oder sein Datenordner</translation>
        </message>
        <message>
            <source>snapshot a file or a folder inside the project</source>
            <translation>halten Sie eine Datei oder einen Ordner innerhalb des Projekts fest</translation>
        </message>
        <message>
            <source>dataset '%1' is the data at %2</source>
            <translation>Datensatz „%1“ bezeichnet bereits die Daten unter %2</translation>
        </message>
        <message>
            <source>choose another name with --name</source>
            <translation>wählen Sie mit --name einen anderen Namen</translation>
        </message>
        <message>
            <source>the folder holds no files</source>
            <translation>der Ordner enthält keine Dateien</translation>
        </message>
        <message>
            <source>add files to it first</source>
            <translation>fügen Sie zuerst Dateien hinzu</translation>
        </message>
        <message>
            <source>record that run %1 used dataset version %2</source>
            <translation>festhalten, dass Lauf %1 die Datensatzversion %2 verwendet hat</translation>
        </message>
        <message>
            <source>check that both the run and the version exist</source>
            <translation>prüfen Sie, ob sowohl der Lauf als auch die Version existieren</translation>
        </message>
        <message>
            <source>read the DVC folder manifest %1.dir</source>
            <translation>das DVC-Ordnermanifest %1.dir lesen</translation>
        </message>
        <message>
            <source>it is not in the cache %1</source>
            <translation>es ist nicht im Cache %1</translation>
        </message>
        <message>
            <source>run `dvc fetch` (or `dvc pull`) to download it</source>
            <translation>führen Sie `dvc fetch` (oder `dvc pull`) aus, um es herunterzuladen</translation>
        </message>
        <message>
            <source>read %1 from the DVC cache</source>
            <translation>%1 aus dem DVC-Cache lesen</translation>
        </message>
        <message>
            <source>%1 records no hash for it</source>
            <translation>%1 verzeichnet keinen Hash dafür</translation>
        </message>
        <message>
            <source>run the stage (`dvc repro`) or `dvc add` to compute one</source>
            <translation>führen Sie die Stufe aus (`dvc repro`) oder `dvc add`, um einen zu berechnen</translation>
        </message>
        <message>
            <source>read dataset manifest %1:1</source>
            <translation>Datensatzmanifest %1:1 lesen</translation>
        </message>
        <message>
            <source>it does not start with 'mlwb-manifest 1'</source>
            <translation>es beginnt nicht mit „mlwb-manifest 1“</translation>
        </message>
        <message>
            <source>the object store may be damaged; snapshot the data again</source>
            <translation>der Objektspeicher ist möglicherweise beschädigt; halten Sie die Daten erneut fest</translation>
        </message>
        <message>
            <source>read dataset manifest %1:%2</source>
            <translation>Datensatzmanifest %1:%2 lesen</translation>
        </message>
        <message>
            <source>expected hash, size, mode and path separated by tabs</source>
            <translation>erwartet: Hash, Größe, Modus und Pfad, durch Tabulatoren getrennt</translation>
        </message>
        <message>
            <source>read dataset pointer %1</source>
            <translation>Datensatzzeiger %1 lesen</translation>
        </message>
        <message>
            <source>expected 'key: value'</source>
            <translation>erwartet: „Schlüssel: Wert“</translation>
        </message>
        <message>
            <source>restore the file from git, or run `mlwb data add` on the data again</source>
            <translation>stellen Sie die Datei aus Git wieder her oder führen Sie `mlwb data add` erneut für die Daten aus</translation>
        </message>
        <message>
            <source>bad value '%1' for '%2'</source>
            <translation>ungültiger Wert „%1“ für „%2“</translation>
        </message>
        <message>
            <source>it lacks one of name, version and manifest</source>
            <translation>es fehlt name, version oder manifest</translation>
        </message>
        <message>
            <source>run `mlwb data add` on the data to create it</source>
            <translation>führen Sie `mlwb data add` für die Daten aus, um ihn zu erstellen</translation>
        </message>
        <message>
            <source>write dataset pointer %1</source>
            <translation>Datensatzzeiger %1 schreiben</translation>
        </message>
        <message>
            <source>Baseline MLP, one hidden layer of 32.</source>
            <translation>Basis-MLP, eine verborgene Schicht mit 32.</translation>
        </message>
        <message>
            <source>Wider MLP, hidden layers 64 and 32.</source>
            <translation>Breiteres MLP, verborgene Schichten mit 64 und 32.</translation>
        </message>
        <message>
            <source>Small CNN: one 3x3 convolution, max pooling, a linear head.</source>
            <translation>Kleines CNN: eine 3x3-Faltung, Max-Pooling, ein linearer Kopf.</translation>
        </message>
        <message>
            <source>read the demo model %1</source>
            <translation>das Demo-Modell %1 lesen</translation>
        </message>
        <message>
            <source># digits

Classifies 8x8 grey images of handwritten digits into 10 classes.

- **Input**: `pixels`, float32 `[batch, 64]`
- **Output**: `probabilities`, float32 `[batch, 10]`
</source>
            <translation># digits

Klassifiziert 8x8-Graustufenbilder handgeschriebener Ziffern in 10 Klassen.

- **Eingabe**: `pixels`, float32 `[batch, 64]`
- **Ausgabe**: `probabilities`, float32 `[batch, 10]`
</translation>
        </message>
        <message>
            <source>build context</source>
            <translation>Build-Kontext</translation>
        </message>
        <message>
            <source>build</source>
            <translation>Build</translation>
        </message>
        <message>
            <source>start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>health</source>
            <translation>Health-Check</translation>
        </message>
        <message>
            <source>done</source>
            <translation>fertig</translation>
        </message>
        <message>
            <source>read ELF file %1</source>
            <translation>ELF-Datei %1 lesen</translation>
        </message>
        <message>
            <source>at byte %1: %2</source>
            <translation>an Byte %1: %2</translation>
        </message>
        <message>
            <source>the file is damaged or not a program for this machine</source>
            <translation>die Datei ist beschädigt oder kein Programm für diesen Rechner</translation>
        </message>
        <message>
            <source>header is truncated</source>
            <translation>der Header ist abgeschnitten</translation>
        </message>
        <message>
            <source>program header %1 is truncated</source>
            <translation>Programm-Header %1 ist abgeschnitten</translation>
        </message>
        <message>
            <source>dynamic section is truncated</source>
            <translation>der dynamische Abschnitt ist abgeschnitten</translation>
        </message>
        <message>
            <source>DT_STRTAB address %1 is outside the file</source>
            <translation>DT_STRTAB-Adresse %1 liegt außerhalb der Datei</translation>
        </message>
        <message>
            <source>at byte 0: not an ELF file</source>
            <translation>an Byte 0: keine ELF-Datei</translation>
        </message>
        <message>
            <source>give a program built for Linux</source>
            <translation>geben Sie ein für Linux gebautes Programm an</translation>
        </message>
        <message>
            <source>at byte %1: not little-endian</source>
            <translation>an Byte %1: nicht Little-Endian</translation>
        </message>
        <message>
            <source>at byte %1: unknown ELF class %2</source>
            <translation>an Byte %1: unbekannte ELF-Klasse %2</translation>
        </message>
        <message>
            <source>collect libraries of %1</source>
            <translation>Bibliotheken von %1 sammeln</translation>
        </message>
        <message>
            <source>its loader %1 is missing</source>
            <translation>sein Loader %1 fehlt</translation>
        </message>
        <message>
            <source>%1 (needed by %2) is not found</source>
            <translation>%1 (benötigt von %2) wurde nicht gefunden</translation>
        </message>
        <message>
            <source>install the package that provides it or add its folder to LD_LIBRARY_PATH</source>
            <translation>installieren Sie das Paket, das sie bereitstellt, oder fügen Sie ihren Ordner zu LD_LIBRARY_PATH hinzu</translation>
        </message>
        <message>
            <source>start an engine: `systemctl --user start podman.socket` (Podman) or start Docker (`sudo systemctl start docker`), or set DOCKER_HOST=unix:///path/to/sock</source>
            <translation>starten Sie eine Container-Engine: `systemctl --user start podman.socket` (Podman) oder starten Sie Docker (`sudo systemctl start docker`), oder setzen Sie DOCKER_HOST=unix:///pfad/zum/socket</translation>
        </message>
        <message>
            <source>allow your user to use %1: add it to the `docker` group (`sudo usermod -aG docker $USER`, then log in again) or use your own Podman socket (`systemctl --user start podman.socket`)</source>
            <translation>erlauben Sie Ihrem Benutzer die Verwendung von %1: fügen Sie ihn zur Gruppe `docker` hinzu (`sudo usermod -aG docker $USER`, dann neu anmelden) oder verwenden Sie Ihren eigenen Podman-Socket (`systemctl --user start podman.socket`)</translation>
        </message>
        <message>
            <source>Docker's default socket</source>
            <translation>Standard-Socket von Docker</translation>
        </message>
        <message>
            <source>your Podman socket</source>
            <translation>Ihr Podman-Socket</translation>
        </message>
        <message>
            <source>the system Podman socket</source>
            <translation>der System-Podman-Socket</translation>
        </message>
        <message>
            <source>find a container engine</source>
            <translation>eine Container-Engine finden</translation>
        </message>
        <message>
            <source>DOCKER_HOST=%1 is not a unix socket (unix://PATH)</source>
            <translation>DOCKER_HOST=%1 ist kein Unix-Socket (unix://PFAD)</translation>
        </message>
        <message>
            <source>set DOCKER_HOST=unix:///path/to/engine.sock or unset it</source>
            <translation>setzen Sie DOCKER_HOST=unix:///pfad/zu/engine.sock oder entfernen Sie die Variable</translation>
        </message>
        <message>
            <source>no engine socket at %1</source>
            <translation>kein Engine-Socket unter %1</translation>
        </message>
        <message>
            <source>find a free port</source>
            <translation>einen freien Port finden</translation>
        </message>
        <message>
            <source>ports %1 to %2 on 127.0.0.1 are all taken</source>
            <translation>die Ports %1 bis %2 auf 127.0.0.1 sind alle belegt</translation>
        </message>
        <message>
            <source>stop some deployments or give --port</source>
            <translation>stoppen Sie einige Bereitstellungen oder geben Sie --port an</translation>
        </message>
        <message>
            <source>wait for the endpoint on port %1</source>
            <translation>auf den Endpoint auf Port %1 warten</translation>
        </message>
        <message>
            <source>GET /v2/health/ready did not answer 200 within %1 s</source>
            <translation>GET /v2/health/ready hat nicht innerhalb von %1 s mit 200 geantwortet</translation>
        </message>
        <message>
            <source>see the deployment's logs; a large model may need a longer timeout</source>
            <translation>sehen Sie sich die Protokolle der Bereitstellung an; ein großes Modell braucht eventuell ein längeres Zeitlimit</translation>
        </message>
        <message>
            <source>start mlwb-serve for %1@%2</source>
            <translation>mlwb-serve für %1@%2 starten</translation>
        </message>
        <message>
            <source>cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>check that %1 runs</source>
            <translation>prüfen Sie, ob %1 läuft</translation>
        </message>
        <message>
            <source>stop process %1</source>
            <translation>Prozess %1 stoppen</translation>
        </message>
        <message>
            <source>read log %1</source>
            <translation>Protokoll %1 lesen</translation>
        </message>
        <message>
            <source>deploy %1</source>
            <translation>%1 bereitstellen</translation>
        </message>
        <message>
            <source>the version's model file was never stored in the project</source>
            <translation>die Modelldatei der Version wurde nie im Projekt gespeichert</translation>
        </message>
        <message>
            <source>register the file again with `mlwb model register %1 PATH`</source>
            <translation>registrieren Sie die Datei erneut mit `mlwb model register %1 PFAD`</translation>
        </message>
        <message>
            <source>the model file %1 is missing from the store (%2)</source>
            <translation>die Modelldatei %1 fehlt im Speicher (%2)</translation>
        </message>
        <message>
            <source>the version is not an ONNX model</source>
            <translation>die Version ist kein ONNX-Modell</translation>
        </message>
        <message>
            <source>mlwb-serve serves ONNX models; export the model to ONNX and register it</source>
            <translation>mlwb-serve stellt ONNX-Modelle bereit; exportieren Sie das Modell nach ONNX und registrieren Sie es</translation>
        </message>
        <message>
            <source>prepare the image of %1@%2</source>
            <translation>das Image von %1@%2 vorbereiten</translation>
        </message>
        <message>
            <source>the model file %1 is missing</source>
            <translation>die Modelldatei %1 fehlt</translation>
        </message>
        <message>
            <source>check the model version's file in the store, or register it again</source>
            <translation>prüfen Sie die Datei der Modellversion im Speicher oder registrieren Sie sie erneut</translation>
        </message>
        <message>
            <source>mlwb-serve is not found at %1</source>
            <translation>mlwb-serve wurde unter %1 nicht gefunden</translation>
        </message>
        <message>
            <source>build or install mlwb-serve, or set MLWB_SERVE to its path</source>
            <translation>bauen oder installieren Sie mlwb-serve oder setzen Sie MLWB_SERVE auf seinen Pfad</translation>
        </message>
        <message>
            <source>the process target was asked for</source>
            <translation>das Ziel „process“ wurde angefordert</translation>
        </message>
        <message>
            <source>use the %1 target</source>
            <translation>verwenden Sie das Ziel %1</translation>
        </message>
        <message>
            <source>no container engine: %1</source>
            <translation>keine Container-Engine: %1</translation>
        </message>
        <message>
            <source>the engine at %1 is %2, not %3</source>
            <translation>die Engine unter %1 ist %2, nicht %3</translation>
        </message>
        <message>
            <source>give --target %1, or point DOCKER_HOST at a %2 socket</source>
            <translation>geben Sie --target %1 an oder lassen Sie DOCKER_HOST auf einen %2-Socket zeigen</translation>
        </message>
        <message>
            <source>%1 %2 found at %3 (%4)</source>
            <translation>%1 %2 gefunden unter %3 (%4)</translation>
        </message>
        <message>
            <source>deploy %1@%2</source>
            <translation>%1@%2 bereitstellen</translation>
        </message>
        <message>
            <source>checking the model file and the port</source>
            <translation>Modelldatei und Port werden geprüft</translation>
        </message>
        <message>
            <source>port %1 on 127.0.0.1 is already taken</source>
            <translation>Port %1 auf 127.0.0.1 ist bereits belegt</translation>
        </message>
        <message>
            <source>stop what listens there, pick another --port, or leave --port out for the next free one</source>
            <translation>beenden Sie, was dort lauscht, wählen Sie einen anderen --port oder lassen Sie --port weg, um den nächsten freien zu nehmen</translation>
        </message>
        <message>
            <source>target %1: %2</source>
            <translation>Ziel %1: %2</translation>
        </message>
        <message>
            <source>mlwb-serve is not found</source>
            <translation>mlwb-serve wurde nicht gefunden</translation>
        </message>
        <message>
            <source>build or install mlwb-serve, or set MLWB_SERVE to it</source>
            <translation>bauen oder installieren Sie mlwb-serve oder setzen Sie MLWB_SERVE darauf</translation>
        </message>
        <message>
            <source>%1 is healthy at %2 after %3 s</source>
            <translation>%1 ist nach %3 s betriebsbereit unter %2</translation>
        </message>
        <message>
            <source>context: %1 files, %2</source>
            <translation>Kontext: %1 Dateien, %2</translation>
        </message>
        <message>
            <source>building image %1</source>
            <translation>Image %1 wird gebaut</translation>
        </message>
        <message>
            <source>image %1, %2</source>
            <translation>Image %1, %2</translation>
        </message>
        <message>
            <source>starting a container on 127.0.0.1:%1</source>
            <translation>Container wird auf 127.0.0.1:%1 gestartet</translation>
        </message>
        <message>
            <source>mlwb-serve exited at start; its last lines:
%1</source>
            <translation>mlwb-serve wurde beim Start beendet; seine letzten Zeilen:
%1</translation>
        </message>
        <message>
            <source>see the log in %1</source>
            <translation>siehe das Protokoll in %1</translation>
        </message>
        <message>
            <source>the container exited with code %1 at start%2; its last log lines:
%3</source>
            <translation>der Container wurde beim Start mit Code %1 beendet%2; seine letzten Protokollzeilen:
%3</translation>
        </message>
        <message>
            <source>see `mlwb deploy logs %1`</source>
            <translation>siehe `mlwb deploy logs %1`</translation>
        </message>
        <message>
            <source>starting %1 on 127.0.0.1:%2</source>
            <translation>%1 wird auf 127.0.0.1:%2 gestartet</translation>
        </message>
        <message>
            <source>waiting for GET /v2/health/ready</source>
            <translation>warte auf GET /v2/health/ready</translation>
        </message>
        <message>
            <source>stopped by %1</source>
            <translation>gestoppt durch %1</translation>
        </message>
        <message>
            <source>restart %1</source>
            <translation>%1 neu starten</translation>
        </message>
        <message>
            <source>its container was removed</source>
            <translation>sein Container wurde entfernt</translation>
        </message>
        <message>
            <source>deploy the model version again</source>
            <translation>stellen Sie die Modellversion erneut bereit</translation>
        </message>
        <message>
            <source>port %1 is taken</source>
            <translation>Port %1 ist belegt</translation>
        </message>
        <message>
            <source>stop what listens there first</source>
            <translation>beenden Sie zuerst, was dort lauscht</translation>
        </message>
        <message>
            <source>a process deployment is not kept after it stops</source>
            <translation>eine Prozess-Bereitstellung wird nach dem Stoppen nicht aufbewahrt</translation>
        </message>
        <message>
            <source>removed by %1</source>
            <translation>entfernt durch %1</translation>
        </message>
        <message>
            <source>replace %1 by %2@%3 on port %4</source>
            <translation>%1 auf Port %4 durch %2@%3 ersetzen</translation>
        </message>
        <message>
            <source>replaced by %1@%2</source>
            <translation>ersetzt durch %1@%2</translation>
        </message>
        <message>
            <source>the old deployment was not running and stays stopped</source>
            <translation>die alte Bereitstellung lief nicht und bleibt gestoppt</translation>
        </message>
        <message>
            <source>rolled back: %1 runs again on port %2</source>
            <translation>zurückgerollt: %1 läuft wieder auf Port %2</translation>
        </message>
        <message>
            <source>rollback failed too: %1</source>
            <translation>auch das Zurückrollen schlug fehl: %1</translation>
        </message>
        <message>
            <source>read logs of %1</source>
            <translation>Protokolle von %1 lesen</translation>
        </message>
        <message>
            <source>it has no container</source>
            <translation>sie hat keinen Container</translation>
        </message>
        <message>
            <source>%1 (#%2): %3</source>
            <translation>%1 (#%2): %3</translation>
        </message>
        <message>
            <source>its process ended</source>
            <translation>sein Prozess wurde beendet</translation>
        </message>
        <message>
            <source>engine at %1 not reachable: %2</source>
            <translation>Engine unter %1 nicht erreichbar: %2</translation>
        </message>
        <message>
            <source>its container was removed outside ML Workbench</source>
            <translation>sein Container wurde außerhalb von ML Workbench entfernt</translation>
        </message>
        <message>
            <source>%1 (#%2) runs again</source>
            <translation>%1 (#%2) läuft wieder</translation>
        </message>
        <message>
            <source>its container stopped (%1) while the app was closed</source>
            <translation>sein Container wurde gestoppt (%1), während die Anwendung geschlossen war</translation>
        </message>
        <message>
            <source>found container %1 of %2 and recorded it as #%3</source>
            <translation>Container %1 von %2 gefunden und als #%3 erfasst</translation>
        </message>
        <message>
            <source>update deployment %1</source>
            <translation>Bereitstellung %1 aktualisieren</translation>
        </message>
        <message>
            <source>there is no such deployment</source>
            <translation>diese Bereitstellung gibt es nicht</translation>
        </message>
        <message>
            <source>find deployment %1</source>
            <translation>Bereitstellung %1 finden</translation>
        </message>
        <message>
            <source>given</source>
            <translation>angegeben</translation>
        </message>
        <message>
            <source>no engine socket at %1 (found from %2)</source>
            <translation>kein Engine-Socket unter %1 (Quelle: %2)</translation>
        </message>
        <message>
            <source>permission denied on %1</source>
            <translation>Zugriff verweigert auf %1</translation>
        </message>
        <message>
            <source>the engine does not answer on %1 (not running?)</source>
            <translation>die Engine antwortet nicht unter %1 (läuft sie nicht?)</translation>
        </message>
        <message>
            <source>%1 on %2</source>
            <translation>%1 auf %2</translation>
        </message>
        <message>
            <source>check that the engine is running</source>
            <translation>prüfen Sie, ob die Engine läuft</translation>
        </message>
        <message>
            <source>engine answered %1: %2</source>
            <translation>die Engine antwortete %1: %2</translation>
        </message>
        <message>
            <source>ping the engine</source>
            <translation>die Engine anpingen</translation>
        </message>
        <message>
            <source>read the engine version</source>
            <translation>die Engine-Version lesen</translation>
        </message>
        <message>
            <source>build image %1</source>
            <translation>Image %1 bauen</translation>
        </message>
        <message>
            <source>could not read the build context</source>
            <translation>der Build-Kontext konnte nicht gelesen werden</translation>
        </message>
        <message>
            <source>check the context files</source>
            <translation>prüfen Sie die Kontextdateien</translation>
        </message>
        <message>
            <source>build log:
%1</source>
            <translation>Build-Protokoll:
%1</translation>
        </message>
        <message>
            <source>inspect image %1</source>
            <translation>Image %1 untersuchen</translation>
        </message>
        <message>
            <source>remove image %1</source>
            <translation>Image %1 entfernen</translation>
        </message>
        <message>
            <source>create container from %1</source>
            <translation>Container aus %1 erstellen</translation>
        </message>
        <message>
            <source>start container %1</source>
            <translation>Container %1 starten</translation>
        </message>
        <message>
            <source>stop container %1</source>
            <translation>Container %1 stoppen</translation>
        </message>
        <message>
            <source>remove container %1</source>
            <translation>Container %1 entfernen</translation>
        </message>
        <message>
            <source>inspect container %1</source>
            <translation>Container %1 untersuchen</translation>
        </message>
        <message>
            <source>list containers</source>
            <translation>Container auflisten</translation>
        </message>
        <message>
            <source>read stats of container %1</source>
            <translation>Statistiken von Container %1 lesen</translation>
        </message>
        <message>
            <source>read logs of container %1</source>
            <translation>Protokolle von Container %1 lesen</translation>
        </message>
        <message>
            <source>add %1 to the build context</source>
            <translation>%1 zum Build-Kontext hinzufügen</translation>
        </message>
        <message>
            <source>the path is longer than a tar archive allows (%1 bytes)</source>
            <translation>der Pfad ist länger, als ein tar-Archiv erlaubt (%1 Bytes)</translation>
        </message>
        <message>
            <source>use a shorter file name</source>
            <translation>verwenden Sie einen kürzeren Dateinamen</translation>
        </message>
        <message>
            <source>larger than 8 GiB</source>
            <translation>größer als 8 GiB</translation>
        </message>
        <message>
            <source>%1 is not a readable file</source>
            <translation>%1 ist keine lesbare Datei</translation>
        </message>
        <message>
            <source>check that the file exists</source>
            <translation>prüfen Sie, ob die Datei existiert</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1 changed or could not be read while building</source>
            <translation>%1 hat sich beim Bauen geändert oder konnte nicht gelesen werden</translation>
        </message>
        <message>
            <source>list the datasets of %1</source>
            <translation>die Datensätze von %1 auflisten</translation>
        </message>
        <message>
            <source>open another project</source>
            <translation>öffnen Sie ein anderes Projekt</translation>
        </message>
        <message>
            <source>check that the version can be restored</source>
            <translation>prüfen Sie, ob die Version wiederhergestellt werden kann</translation>
        </message>
        <message>
            <source>one is a folder and the other a file</source>
            <translation>eines ist ein Ordner, das andere eine Datei</translation>
        </message>
        <message>
            <source>pick two versions of the same dataset</source>
            <translation>wählen Sie zwei Versionen desselben Datensatzes</translation>
        </message>
        <message>
            <source>added</source>
            <translation>hinzugefügt</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>entfernt</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>geändert</translation>
        </message>
        <message>
            <source>renamed</source>
            <translation>umbenannt</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>unverändert</translation>
        </message>
        <message>
            <source>read the gate file %1</source>
            <translation>die Gate-Datei %1 lesen</translation>
        </message>
        <message>
            <source>see docs/gates.md for the format of %1</source>
            <translation>das Format von %1 ist in docs/gates.md beschrieben</translation>
        </message>
        <message>
            <source>the file must be a mapping with the key "models"</source>
            <translation>die Datei muss eine Map mit dem Schlüssel „models“ sein</translation>
        </message>
        <message>
            <source>unknown key "%1"; the file has only "models"</source>
            <translation>unbekannter Schlüssel „%1“; die Datei hat nur „models“</translation>
        </message>
        <message>
            <source>"models" must map model names to their rules</source>
            <translation>„models“ muss Modellnamen ihren Regeln zuordnen</translation>
        </message>
        <message>
            <source>a model name must be a plain name</source>
            <translation>ein Modellname muss ein einfacher Name sein</translation>
        </message>
        <message>
            <source>model "%1" must have a mapping with "rules"</source>
            <translation>Modell „%1“ muss eine Map mit „rules“ haben</translation>
        </message>
        <message>
            <source>unknown key "%1"; a model has only "rules"</source>
            <translation>unbekannter Schlüssel „%1“; ein Modell hat nur „rules“</translation>
        </message>
        <message>
            <source>"rules" must be a list of rules</source>
            <translation>„rules“ muss eine Liste von Regeln sein</translation>
        </message>
        <message>
            <source>a rule must be one line of text</source>
            <translation>eine Regel muss eine Textzeile sein</translation>
        </message>
        <message>
            <source>in rule "%1": %2</source>
            <translation>in Regel „%1“: %2</translation>
        </message>
        <message>
            <source>a rule compares two expressions, e.g. metrics.val_acc &gt;= 0.92</source>
            <translation>eine Regel vergleicht zwei Ausdrücke, z. B. metrics.val_acc &gt;= 0.92</translation>
        </message>
        <message>
            <source>create %1 at the root of the project</source>
            <translation>legen Sie %1 im Stammordner des Projekts an</translation>
        </message>
        <message>
            <source>cannot compare %1 with %2</source>
            <translation>%1 kann nicht mit %2 verglichen werden</translation>
        </message>
        <message>
            <source>a side is not a number (NaN)</source>
            <translation>eine Seite ist keine Zahl (NaN)</translation>
        </message>
        <message>
            <source>"%1" compares numbers; use == or != here</source>
            <translation>„%1“ vergleicht Zahlen; verwenden Sie hier == oder !=</translation>
        </message>
        <message>
            <source>check the gates of %1</source>
            <translation>die Gates von %1 prüfen</translation>
        </message>
        <message>
            <source>%1 has no rules for model "%2"</source>
            <translation>%1 hat keine Regeln für Modell „%2“</translation>
        </message>
        <message>
            <source>add them under models: %1: rules:</source>
            <translation>fügen Sie sie unter models: %1: rules: hinzu</translation>
        </message>
        <message>
            <source>import the MLflow model registry from %1</source>
            <translation>die MLflow-Modellregistrierung aus %1 importieren</translation>
        </message>
        <message>
            <source>read the ONNX model %1</source>
            <translation>das ONNX-Modell %1 lesen</translation>
        </message>
        <message>
            <source>export the model again</source>
            <translation>exportieren Sie das Modell erneut</translation>
        </message>
        <message>
            <source>use "%1" as a model name</source>
            <translation>„%1“ als Modellnamen verwenden</translation>
        </message>
        <message>
            <source>a model name starts with a letter or digit and holds only letters, digits and . _ - /</source>
            <translation>ein Modellname beginnt mit einem Buchstaben oder einer Ziffer und enthält nur Buchstaben, Ziffern und . _ - /</translation>
        </message>
        <message>
            <source>choose a name like "mnist-classifier"</source>
            <translation>wählen Sie einen Namen wie „mnist-classifier“</translation>
        </message>
        <message>
            <source>use "%1" as an alias</source>
            <translation>„%1“ als Alias verwenden</translation>
        </message>
        <message>
            <source>an alias holds letters, digits, _ and -, is not a number and not "latest"</source>
            <translation>ein Alias enthält Buchstaben, Ziffern, _ und -, ist keine Zahl und nicht „latest“</translation>
        </message>
        <message>
            <source>choose a name like "champion" or "challenger"</source>
            <translation>wählen Sie einen Namen wie „champion“ oder „challenger“</translation>
        </message>
        <message>
            <source>"-" needs a number, %1 is not one</source>
            <translation>„-“ braucht eine Zahl, %1 ist keine</translation>
        </message>
        <message>
            <source>"%1" needs numbers on both sides</source>
            <translation>„%1“ braucht Zahlen auf beiden Seiten</translation>
        </message>
        <message>
            <source>division by zero in %1</source>
            <translation>Division durch null in %1</translation>
        </message>
        <message>
            <source>unknown expression</source>
            <translation>unbekannter Ausdruck</translation>
        </message>
        <message>
            <source>unknown name "%1"; use metrics.X, params.X, signature, size, parameters, dataset.drift_psi or ALIAS.&lt;...&gt;</source>
            <translation>unbekannter Name „%1“; verwenden Sie metrics.X, params.X, signature, size, parameters, dataset.drift_psi oder ALIAS.&lt;...&gt;</translation>
        </message>
        <message>
            <source>model "%1" has no alias "%2"</source>
            <translation>Modell „%1“ hat keinen Alias „%2“</translation>
        </message>
        <message>
            <source>unknown name "%1" after "%2."</source>
            <translation>unbekannter Name „%1“ nach „%2.“</translation>
        </message>
        <message>
            <source>"%1": a signature is compared as a whole</source>
            <translation>„%1“: eine Signatur wird als Ganzes verglichen</translation>
        </message>
        <message>
            <source>%1 is not an ONNX model and has no signature</source>
            <translation>%1 ist kein ONNX-Modell und hat keine Signatur</translation>
        </message>
        <message>
            <source>%1 is not an ONNX model; its parameters are unknown</source>
            <translation>%1 ist kein ONNX-Modell; seine Parameter sind unbekannt</translation>
        </message>
        <message>
            <source>"%1" needs a name after "%2."</source>
            <translation>„%1“ braucht einen Namen nach „%2.“</translation>
        </message>
        <message>
            <source>unknown dataset statistic "%1"; known: drift_psi</source>
            <translation>unbekannte Datensatz-Statistik „%1“; bekannt: drift_psi</translation>
        </message>
        <message>
            <source>%1 has no source run, so %2 is unknown</source>
            <translation>%1 hat keinen Quell-Lauf, daher ist %2 unbekannt</translation>
        </message>
        <message>
            <source>metric %1 of the run of %2 has no value</source>
            <translation>Metrik %1 des Laufs von %2 hat keinen Wert</translation>
        </message>
        <message>
            <source>the run of %1 has no metric "%2"</source>
            <translation>der Lauf von %1 hat keine Metrik „%2“</translation>
        </message>
        <message>
            <source>the run of %1 has no parameter "%2"</source>
            <translation>der Lauf von %1 hat keinen Parameter „%2“</translation>
        </message>
        <message>
            <source>find model "%1"</source>
            <translation>Modell „%1“ finden</translation>
        </message>
        <message>
            <source>no model has this name</source>
            <translation>kein Modell hat diesen Namen</translation>
        </message>
        <message>
            <source>list the models with `mlwb model ls`</source>
            <translation>listen Sie die Modelle mit `mlwb model ls` auf</translation>
        </message>
        <message>
            <source>find version %1 of model "%2"</source>
            <translation>Version %1 von Modell „%2“ finden</translation>
        </message>
        <message>
            <source>the model has no such version</source>
            <translation>das Modell hat diese Version nicht</translation>
        </message>
        <message>
            <source>list its versions with `mlwb model show %1`</source>
            <translation>listen Sie seine Versionen mit `mlwb model show %1` auf</translation>
        </message>
        <message>
            <source>register %1 as model "%2"</source>
            <translation>%1 als Modell „%2“ registrieren</translation>
        </message>
        <message>
            <source>it does not exist</source>
            <translation>es existiert nicht</translation>
        </message>
        <message>
            <source>give the path of one model file, e.g. model.onnx</source>
            <translation>geben Sie den Pfad einer Modelldatei an, z. B. model.onnx</translation>
        </message>
        <message>
            <source>register artifact %1 of run %2 as model "%3"</source>
            <translation>Artefakt %1 von Lauf %2 als Modell „%3“ registrieren</translation>
        </message>
        <message>
            <source>the run has no artifact with this path</source>
            <translation>der Lauf hat kein Artefakt mit diesem Pfad</translation>
        </message>
        <message>
            <source>list its artifacts with `mlwb artifact ls --run %1`</source>
            <translation>listen Sie seine Artefakte mit `mlwb artifact ls --run %1` auf</translation>
        </message>
        <message>
            <source>its content (%1) is missing from .mlwb/objects</source>
            <translation>sein Inhalt (%1) fehlt in .mlwb/objects</translation>
        </message>
        <message>
            <source>add the artifact to the run again</source>
            <translation>fügen Sie das Artefakt erneut zum Lauf hinzu</translation>
        </message>
        <message>
            <source>artifact %1 of run %2</source>
            <translation>Artefakt %1 von Lauf %2</translation>
        </message>
        <message>
            <source>find model version %1</source>
            <translation>Modellversion %1 finden</translation>
        </message>
        <message>
            <source>refresh the model list; the version may have been removed</source>
            <translation>aktualisieren Sie die Modellliste; die Version wurde eventuell entfernt</translation>
        </message>
        <message>
            <source>find the latest version of model "%1"</source>
            <translation>die neueste Version von Modell „%1“ finden</translation>
        </message>
        <message>
            <source>the model has no versions that are not archived</source>
            <translation>das Modell hat keine nicht archivierten Versionen</translation>
        </message>
        <message>
            <source>register one with `mlwb model register %1 PATH`</source>
            <translation>registrieren Sie eine mit `mlwb model register %1 PFAD`</translation>
        </message>
        <message>
            <source>find %1</source>
            <translation>%1 finden</translation>
        </message>
        <message>
            <source>set it with `mlwb model alias %1 VERSION %2`</source>
            <translation>setzen Sie ihn mit `mlwb model alias %1 VERSION %2`</translation>
        </message>
        <message>
            <source>remove alias "%1" of model "%2"</source>
            <translation>Alias „%1“ von Modell „%2“ entfernen</translation>
        </message>
        <message>
            <source>the model has no such alias</source>
            <translation>das Modell hat diesen Alias nicht</translation>
        </message>
        <message>
            <source>see its aliases with `mlwb model show %1`</source>
            <translation>seine Aliase zeigt `mlwb model show %1`</translation>
        </message>
        <message>
            <source>tag model "%1"</source>
            <translation>Modell „%1“ taggen</translation>
        </message>
        <message>
            <source>remove tag of model "%1"</source>
            <translation>Tag von Modell „%1“ entfernen</translation>
        </message>
        <message>
            <source>tag %1@%2</source>
            <translation>%1@%2 taggen</translation>
        </message>
        <message>
            <source>remove tag of %1@%2</source>
            <translation>Tag von %1@%2 entfernen</translation>
        </message>
        <message>
            <source>the data is not valid protobuf at byte %1 (in %2)</source>
            <translation>die Daten sind an Byte %1 kein gültiges Protobuf (in %2)</translation>
        </message>
        <message>
            <source>the file is truncated or is not an ONNX model; export it again</source>
            <translation>die Datei ist abgeschnitten oder kein ONNX-Modell; exportieren Sie sie erneut</translation>
        </message>
        <message>
            <source>field %1 has the wrong wire type at byte %2</source>
            <translation>Feld %1 hat an Byte %2 den falschen Wire-Typ</translation>
        </message>
        <message>
            <source>the file is not an ONNX model; export it again</source>
            <translation>die Datei ist kein ONNX-Modell; exportieren Sie sie erneut</translation>
        </message>
        <message>
            <source>ModelProto.ir_version (field 1) is missing</source>
            <translation>ModelProto.ir_version (Feld 1) fehlt</translation>
        </message>
        <message>
            <source>ModelProto.graph (field 7) is missing</source>
            <translation>ModelProto.graph (Feld 7) fehlt</translation>
        </message>
        <message>
            <source>expected a comparison (&gt;=, &gt;, &lt;=, &lt;, ==, !=) at the end</source>
            <translation>am Ende wird ein Vergleich erwartet (&gt;=, &gt;, &lt;=, &lt;, ==, !=)</translation>
        </message>
        <message>
            <source>expected a comparison (&gt;=, &gt;, &lt;=, &lt;, ==, !=)</source>
            <translation>Vergleich erwartet (&gt;=, &gt;, &lt;=, &lt;, ==, !=)</translation>
        </message>
        <message>
            <source>unexpected "%1" after the rule</source>
            <translation>unerwartetes „%1“ nach der Regel</translation>
        </message>
        <message>
            <source>the string is not closed</source>
            <translation>die Zeichenkette ist nicht geschlossen</translation>
        </message>
        <message>
            <source>expected a number or a name at the end</source>
            <translation>am Ende wird eine Zahl oder ein Name erwartet</translation>
        </message>
        <message>
            <source>expected ")" to close the "(" at column %1</source>
            <translation>„)“ erwartet, um die „(“ in Spalte %1 zu schließen</translation>
        </message>
        <message>
            <source>"%1" is not a number</source>
            <translation>„%1“ ist keine Zahl</translation>
        </message>
        <message>
            <source>unexpected "%1": expected a number or a name</source>
            <translation>unerwartetes „%1“: Zahl oder Name erwartet</translation>
        </message>
        <message>
            <source>expected a name</source>
            <translation>Name erwartet</translation>
        </message>
        <message>
            <source>expected a quoted key after "["</source>
            <translation>nach „[“ wird ein Schlüssel in Anführungszeichen erwartet</translation>
        </message>
        <message>
            <source>expected "]"</source>
            <translation>„]“ erwartet</translation>
        </message>
        <message>
            <source>Decoding %1</source>
            <translation>%1 wird dekodiert</translation>
        </message>
        <message>
            <source>Comparing pixels</source>
            <translation>Pixel werden verglichen</translation>
        </message>
        <message>
            <source>%1 %2 (API %3) at %4 — found from %5</source>
            <translation>%1 %2 (API %3) unter %4 — Quelle: %5</translation>
        </message>
        <message>
            <source>Podman</source>
            <translation>Podman</translation>
        </message>
        <message>
            <source>Docker</source>
            <translation>Docker</translation>
        </message>
        <message>
            <source>Set alias %1 to %2</source>
            <translation>Alias %1 auf %2 setzen</translation>
        </message>
        <message>
            <source>Remove alias %1 of %2</source>
            <translation>Alias %1 von %2 entfernen</translation>
        </message>
        <message>
            <source>Tag %1 with %2</source>
            <translation>%1 mit %2 taggen</translation>
        </message>
        <message>
            <source>Remove tag %1 of %2</source>
            <translation>Tag %1 von %2 entfernen</translation>
        </message>
        <message>
            <source>Edit the description of %1</source>
            <translation>Beschreibung von %1 bearbeiten</translation>
        </message>
        <message>
            <source>Archive %1</source>
            <translation>%1 archivieren</translation>
        </message>
        <message>
            <source>Restore %1</source>
            <translation>%1 wiederherstellen</translation>
        </message>
        <message>
            <source>read the CPU and memory of process %1</source>
            <translation>CPU und Speicher von Prozess %1 lesen</translation>
        </message>
        <message>
            <source>it is not running</source>
            <translation>er läuft nicht</translation>
        </message>
        <message>
            <source>restart or redeploy it</source>
            <translation>starten Sie ihn neu oder stellen Sie ihn erneut bereit</translation>
        </message>
        <message>
            <source>it ended while it was measured</source>
            <translation>er endete während der Messung</translation>
        </message>
        <message>
            <source>No container engine (%1) — deployments run as local processes. %2</source>
            <translation>Keine Container-Engine (%1) — Bereitstellungen laufen als lokale Prozesse. %2</translation>
        </message>
        <message>
            <source>read %1 for dataset.drift_psi</source>
            <translation>%1 für dataset.drift_psi lesen</translation>
        </message>
        <message>
            <source>it holds %1 files, not one table</source>
            <translation>sie enthält %1 Dateien, nicht eine Tabelle</translation>
        </message>
        <message>
            <source>drift is computed for CSV, TSV and JSONL datasets</source>
            <translation>Drift wird für CSV-, TSV- und JSONL-Datensätze berechnet</translation>
        </message>
        <message>
            <source>its file %1 is not in the content store</source>
            <translation>ihre Datei %1 ist nicht im Objektspeicher</translation>
        </message>
        <message>
            <source>snapshot it again with `mlwb data add`</source>
            <translation>erfassen Sie sie erneut mit `mlwb data add`</translation>
        </message>
        <message>
            <source>compute dataset.drift_psi</source>
            <translation>dataset.drift_psi berechnen</translation>
        </message>
        <message>
            <source>the version's run recorded no dataset versions</source>
            <translation>der Lauf der Version hat keine Datensatzversionen festgehalten</translation>
        </message>
        <message>
            <source>the reference run recorded no dataset versions</source>
            <translation>der Referenzlauf hat keine Datensatzversionen festgehalten</translation>
        </message>
        <message>
            <source>record them with mlwb.use_dataset() in the training script</source>
            <translation>halten Sie sie mit mlwb.use_dataset() im Trainingsskript fest</translation>
        </message>
        <message>
            <source>the two runs trained on no dataset in common</source>
            <translation>die beiden Läufe haben auf keinem gemeinsamen Datensatz trainiert</translation>
        </message>
        <message>
            <source>compare versions trained on versions of the same dataset</source>
            <translation>vergleichen Sie Versionen, die auf Versionen desselben Datensatzes trainiert wurden</translation>
        </message>
        <message>
            <source>model "%1" has no champion to compare its training data with</source>
            <translation>Modell „%1“ hat keinen Champion, mit dessen Trainingsdaten verglichen werden kann</translation>
        </message>
        <message>
            <source>%1 or its champion has no source run, so its data is unknown</source>
            <translation>%1 oder sein Champion hat keinen Quelllauf, daher sind die Daten unbekannt</translation>
        </message>
        <message>
            <source>%1 (byte %2): the row is longer than 4 GiB or past line 4294967295</source>
            <translation>%1 (Byte %2): die Zeile ist länger als 4 GiB oder liegt hinter Zeile 4294967295</translation>
        </message>
        <message>
            <source>split the file</source>
            <translation>teilen Sie die Datei auf</translation>
        </message>
    </context>
    <context>
        <name>mlwb::gui::DemoJob</name>
        <message>
            <source>Generating the demo project in %1…</source>
            <translation>Das Demoprojekt wird in %1 erzeugt…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Generate Demo Project</source>
            <translation>Demoprojekt erzeugen</translation>
        </message>
    </context>
    <context>
        <name>mlwb::gui::MainWindow</name>
        <message>
            <source>Panels</source>
            <translation>Bereiche</translation>
        </message>
        <message>
            <source>No project open</source>
            <translation>Kein Projekt geöffnet</translation>
        </message>
        <message>
            <source>&amp;New Project…</source>
            <translation>&amp;Neues Projekt…</translation>
        </message>
        <message>
            <source>&amp;Open Project…</source>
            <translation>Projekt ö&amp;ffnen…</translation>
        </message>
        <message>
            <source>&amp;Generate Demo Project…</source>
            <translation>&amp;Demoprojekt erzeugen…</translation>
        </message>
        <message>
            <source>Choose where to create the demo project</source>
            <translation>Wählen Sie, wo das Demoprojekt erstellt werden soll</translation>
        </message>
        <message>
            <source>Demo generation cancelled; the partly written folder %1 was left as it is.</source>
            <translation>Erzeugen der Demo abgebrochen; der teilweise geschriebene Ordner %1 wurde so belassen.</translation>
        </message>
        <message>
            <source>&amp;Start Page</source>
            <translation>&amp;Startseite</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Command Palette…</source>
            <translation>&amp;Befehlspalette…</translation>
        </message>
        <message>
            <source>&amp;System</source>
            <translation>&amp;System</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>&amp;Hell</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>&amp;Dunkel</translation>
        </message>
        <message>
            <source>&amp;About ML Workbench</source>
            <translation>Ü&amp;ber ML Workbench</translation>
        </message>
        <message>
            <source>About ML Workbench</source>
            <translation>Über ML Workbench</translation>
        </message>
        <message>
            <source>&lt;h3&gt;ML Workbench %1&lt;/h3&gt;&lt;p&gt;Experiment tracking, datasets, a model registry, deployment and monitoring for local machine-learning projects, kept in a git repository and a SQLite database.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;ML Workbench %1&lt;/h3&gt;&lt;p&gt;Experimentverfolgung, Datensätze, eine Modellregistrierung, Bereitstellung und Überwachung für lokale Machine-Learning-Projekte, festgehalten in einem Git-Repository und einer SQLite-Datenbank.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>&amp;Zuletzt geöffnet</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>&amp;Farbschema</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>Opening %1…</source>
            <translation>%1 wird geöffnet…</translation>
        </message>
        <message>
            <source>Creating a project in %1…</source>
            <translation>Projekt wird in %1 erstellt…</translation>
        </message>
        <message>
            <source>Could not open the project</source>
            <translation>Das Projekt konnte nicht geöffnet werden</translation>
        </message>
        <message>
            <source>Open Project</source>
            <translation>Projekt öffnen</translation>
        </message>
        <message>
            <source>Choose a folder for the new project (an existing git repository is adopted)</source>
            <translation>Ordner für das neue Projekt wählen (ein vorhandenes Git-Repository wird übernommen)</translation>
        </message>
        <message>
            <source>ML Workbench</source>
            <translation>ML Workbench</translation>
        </message>
        <message>
            <source>%1 — ML Workbench</source>
            <translation>%1 — ML Workbench</translation>
        </message>
    </context>
    <context>
        <name>mlwb::gui::StartPage</name>
        <message>
            <source>ML Workbench</source>
            <translation>ML Workbench</translation>
        </message>
        <message>
            <source>Track experiments, datasets and models of your local machine-learning projects.</source>
            <translation>Verfolgen Sie Experimente, Datensätze und Modelle Ihrer lokalen Machine-Learning-Projekte.</translation>
        </message>
        <message>
            <source>Recent projects</source>
            <translation>Zuletzt geöffnete Projekte</translation>
        </message>
        <message>
            <source>Double-click or press Enter to open a project</source>
            <translation>Doppelklicken oder Eingabetaste drücken, um ein Projekt zu öffnen</translation>
        </message>
        <message>
            <source>No recent projects yet. Open a folder that holds a project, create a new one, or generate a demo project to look around.</source>
            <translation>Noch keine zuletzt geöffneten Projekte. Öffnen Sie einen Ordner mit einem Projekt, erstellen Sie ein neues oder erzeugen Sie ein Demoprojekt, um sich umzusehen.</translation>
        </message>
    </context>
    <context>
        <name>mlwb::itemmodels::ColumnProfileModel</name>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Zeilen</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Fehlend</translation>
        </message>
        <message>
            <source>Distinct</source>
            <translation>Verschieden</translation>
        </message>
        <message>
            <source>Min</source>
            <translation>Min.</translation>
        </message>
        <message>
            <source>Max</source>
            <translation>Max.</translation>
        </message>
        <message>
            <source>Mean</source>
            <translation>Mittelwert</translation>
        </message>
        <message>
            <source>Std</source>
            <translation>Std.-Abw.</translation>
        </message>
        <message>
            <source>p%1</source>
            <translation>p%1</translation>
        </message>
        <message>
            <source>Top %1</source>
            <translation>Top %1</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Statistic</source>
            <translation>Kennzahl</translation>
        </message>
        <message>
            <source>A: %1</source>
            <translation>A: %1</translation>
        </message>
        <message>
            <source>B: %1</source>
            <translation>B: %1</translation>
        </message>
    </context>
    <context>
        <name>mlwb::itemmodels::DatasetVersionsModel</name>
        <message numerus="yes">
            <source>snapshot, %n version(s)</source>
            <translation>
                <numerusform>Schnappschuss, %n Version</numerusform>
                <numerusform>Schnappschuss, %n Versionen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>git, %n commit(s)</source>
            <translation>
                <numerusform>Git, %n Commit</numerusform>
                <numerusform>Git, %n Commits</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>DVC, %n version(s)</source>
            <translation>
                <numerusform>DVC, %n Version</numerusform>
                <numerusform>DVC, %n Versionen</numerusform>
            </translation>
        </message>
        <message>
            <source>v%1</source>
            <translation>v%1</translation>
        </message>
        <message>
            <source>Dataset / version</source>
            <translation>Datensatz / Version</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Nachricht</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Dateien</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
    </context>
    <context>
        <name>mlwb::itemmodels::DeploymentsModel</name>
        <message>
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
        <message>
            <source>%1 min %2 s</source>
            <translation>%1 min %2 s</translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1 h %2 min</translation>
        </message>
        <message>
            <source>%1 d %2 h</source>
            <translation>%1 d %2 h</translation>
        </message>
        <message>
            <source>Stopped: %1</source>
            <translation>Gestoppt: %1</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modell</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Port</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Uptime</source>
            <translation>Laufzeit</translation>
        </message>
        <message>
            <source>CPU</source>
            <translation>CPU</translation>
        </message>
        <message>
            <source>Memory</source>
            <translation>Speicher</translation>
        </message>
    </context>
    <context>
        <name>mlwb::itemmodels::DriftReportModel</name>
        <message>
            <source>Kolmogorov–Smirnov</source>
            <translation>Kolmogorow–Smirnow</translation>
        </message>
        <message>
            <source>Chi-squared</source>
            <translation>Chi-Quadrat</translation>
        </message>
        <message>
            <source>Wasserstein (normed)</source>
            <translation>Wasserstein (normiert)</translation>
        </message>
        <message>
            <source>Jensen–Shannon</source>
            <translation>Jensen–Shannon</translation>
        </message>
        <message>
            <source>PSI</source>
            <translation>PSI</translation>
        </message>
        <message>
            <source>drift when the p-value is below the threshold</source>
            <translation>Drift, wenn der p-Wert unter dem Schwellenwert liegt</translation>
        </message>
        <message>
            <source>drift when the statistic reaches the threshold</source>
            <translation>Drift, wenn die Kennzahl den Schwellenwert erreicht</translation>
        </message>
        <message>
            <source>Drift</source>
            <translation>Drift</translation>
        </message>
        <message>
            <source>No drift</source>
            <translation>Keine Drift</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Spalte</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>Test</translation>
        </message>
        <message>
            <source>Statistic</source>
            <translation>Kennzahl</translation>
        </message>
        <message>
            <source>p-value</source>
            <translation>p-Wert</translation>
        </message>
        <message>
            <source>Threshold</source>
            <translation>Schwellenwert</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
    </context>
    <context>
        <name>mlwb::itemmodels::ImageFileDiffModel</name>
        <message>
            <source>renamed from %1</source>
            <translation>umbenannt von %1</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Ordner</translation>
        </message>
        <message>
            <source>Size in %1</source>
            <translation>Größe in %1</translation>
        </message>
        <message>
            <source>Size A</source>
            <translation>Größe A</translation>
        </message>
        <message>
            <source>Size B</source>
            <translation>Größe B</translation>
        </message>
    </context>
    <context>
        <name>mlwb::itemmodels::ImageFolderCountsModel</name>
        <message>
            <source>All folders</source>
            <translation>Alle Ordner</translation>
        </message>
        <message>
            <source>%1: %2 files before, %3 after</source>
            <translation>%1: %2 Dateien vorher, %3 nachher</translation>
        </message>
        <message>
            <source>Change in the number of files</source>
            <translation>Änderung der Anzahl der Dateien</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Ordner</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Vorher</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Nachher</translation>
        </message>
        <message>
            <source>Δ</source>
            <translation>Δ</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Hinzugefügt</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Entfernt</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Geändert</translation>
        </message>
        <message>
            <source>Renamed</source>
            <translation>Umbenannt</translation>
        </message>
    </context>
    <context>
        <name>mlwb::itemmodels::ModelSignatureModel</name>
        <message>
            <source>input</source>
            <translation>Eingabe</translation>
        </message>
        <message>
            <source>output</source>
            <translation>Ausgabe</translation>
        </message>
        <message>
            <source>Named or "?" dimensions are dynamic: any size is accepted</source>
            <translation>Benannte oder „?“-Dimensionen sind dynamisch: jede Größe wird akzeptiert</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Element type</source>
            <translation>Elementtyp</translation>
        </message>
        <message>
            <source>Shape</source>
            <translation>Form</translation>
        </message>
    </context>
    <context>
        <name>mlwb::itemmodels::ModelVersionCompareModel</name>
        <message>
            <source>Signature</source>
            <translation>Signatur</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>Metrics</source>
            <translation>Metriken</translation>
        </message>
        <message>
            <source>Params</source>
            <translation>Parameter</translation>
        </message>
        <message>
            <source>Datasets</source>
            <translation>Datensätze</translation>
        </message>
        <message>
            <source>input %1</source>
            <translation>Eingabe %1</translation>
        </message>
        <message>
            <source>output %1</source>
            <translation>Ausgabe %1</translation>
        </message>
        <message>
            <source>format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>parameters</source>
            <translation>Parameter</translation>
        </message>
        <message>
            <source>opset</source>
            <translation>Opset</translation>
        </message>
        <message>
            <source>producer</source>
            <translation>Erzeuger</translation>
        </message>
        <message>
            <source>source run</source>
            <translation>Quell-Lauf</translation>
        </message>
        <message>
            <source>Open %1 in the Datasets panel</source>
            <translation>%1 im Bereich Datensätze öffnen</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Feld</translation>
        </message>
    </context>
    <context>
        <name>mlwb::itemmodels::ModelVersionsModel</name>
        <message>
            <source>passed</source>
            <translation>bestanden</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>nicht bestanden</translation>
        </message>
        <message>
            <source>error</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <source>Run %1, artifact %2</source>
            <translation>Lauf %1, Artefakt %2</translation>
        </message>
        <message>
            <source>%1 bytes, sha256 %2</source>
            <translation>%1 Bytes, SHA-256 %2</translation>
        </message>
        <message>
            <source>%1 (archived)</source>
            <translation>%1 (archiviert)</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Aliases</source>
            <translation>Aliase</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Erstellt</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>Gates</source>
            <translation>Gates</translation>
        </message>
    </context>
    <context>
        <name>mlwb::itemmodels::ProfileColumnsModel</name>
        <message>
            <source>%1 (drifted)</source>
            <translation>%1 (mit Drift)</translation>
        </message>
        <message>
            <source>%1: %2 → %3</source>
            <translation>%1: %2 → %3</translation>
        </message>
        <message>
            <source>absent</source>
            <translation>fehlt</translation>
        </message>
    </context>
    <context>
        <name>mlwb::itemmodels::RegistryGatesModel</name>
        <message>
            <source>pass</source>
            <translation>bestanden</translation>
        </message>
        <message>
            <source>fail</source>
            <translation>nicht bestanden</translation>
        </message>
        <message>
            <source>error</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <source>%1, line %2</source>
            <translation>%1, Zeile %2</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Regel</translation>
        </message>
        <message>
            <source>This version</source>
            <translation>Diese Version</translation>
        </message>
        <message>
            <source>Bound</source>
            <translation>Grenzwert</translation>
        </message>
    </context>
    <context>
        <name>mlwb::itemmodels::RegistryModelsModel</name>
        <message>
            <source>%1 (archived)</source>
            <translation>%1 (archiviert)</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modell</translation>
        </message>
        <message>
            <source>Versions</source>
            <translation>Versionen</translation>
        </message>
        <message>
            <source>Aliases</source>
            <translation>Aliase</translation>
        </message>
    </context>
    <context>
        <name>mlwb::itemmodels::TableDiffModel</name>
        <message>
            <source>added in B</source>
            <translation>in B hinzugefügt</translation>
        </message>
        <message>
            <source>renamed from %1</source>
            <translation>umbenannt von %1</translation>
        </message>
        <message>
            <source>type %1 → %2</source>
            <translation>Typ %1 → %2</translation>
        </message>
        <message>
            <source>removed in B</source>
            <translation>in B entfernt</translation>
        </message>
        <message>
            <source>%1: %2 → %3</source>
            <translation>%1: %2 → %3</translation>
        </message>
    </context>
    <context>
        <name>mlwb::widgets::datasets::ComparisonSummaryView</name>
        <message>
            <source>&lt;h2&gt;%1 → %2&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;%1 → %2&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Files&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Dateien&lt;/h3&gt;</translation>
        </message>
        <message>
            <source>added</source>
            <translation>hinzugefügt</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>entfernt</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>geändert</translation>
        </message>
        <message>
            <source>renamed</source>
            <translation>umbenannt</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>unverändert</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Ordner</translation>
        </message>
        <message>
            <source>Files in A</source>
            <translation>Dateien in A</translation>
        </message>
        <message>
            <source>Files in B</source>
            <translation>Dateien in B</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Hinzugefügt</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Entfernt</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Geändert</translation>
        </message>
        <message>
            <source>Renamed</source>
            <translation>Umbenannt</translation>
        </message>
        <message>
            <source>&lt;p&gt;The two versions hold the same files.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Die beiden Versionen enthalten dieselben Dateien.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Rows&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Zeilen&lt;/h3&gt;</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Rows of %1&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Zeilen von %1&lt;/h3&gt;</translation>
        </message>
        <message>
            <source>rows added</source>
            <translation>Zeilen hinzugefügt</translation>
        </message>
        <message>
            <source>rows removed</source>
            <translation>Zeilen entfernt</translation>
        </message>
        <message>
            <source>rows changed</source>
            <translation>Zeilen geändert</translation>
        </message>
        <message>
            <source>rows unchanged</source>
            <translation>Zeilen unverändert</translation>
        </message>
        <message numerus="yes">
            <source>%n column(s) added</source>
            <translation>
                <numerusform>%n Spalte hinzugefügt</numerusform>
                <numerusform>%n Spalten hinzugefügt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n column(s) removed</source>
            <translation>
                <numerusform>%n Spalte entfernt</numerusform>
                <numerusform>%n Spalten entfernt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n column(s) renamed</source>
            <translation>
                <numerusform>%n Spalte umbenannt</numerusform>
                <numerusform>%n Spalten umbenannt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n type change(s)</source>
            <translation>
                <numerusform>%n Typänderung</numerusform>
                <numerusform>%n Typänderungen</numerusform>
            </translation>
        </message>
        <message>
            <source>columns reordered</source>
            <translation>Spalten umsortiert</translation>
        </message>
        <message>
            <source>same columns</source>
            <translation>gleiche Spalten</translation>
        </message>
        <message>
            <source>rows matched by content</source>
            <translation>Zeilen nach Inhalt zugeordnet</translation>
        </message>
        <message>
            <source>key %1</source>
            <translation>Schlüssel %1</translation>
        </message>
        <message>
            <source>Show the rows</source>
            <translation>Zeilen anzeigen</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Drift&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Drift&lt;/h3&gt;</translation>
        </message>
        <message>
            <source>Show the tests</source>
            <translation>Tests anzeigen</translation>
        </message>
        <message>
            <source>Compare the column profiles</source>
            <translation>Spaltenprofile vergleichen</translation>
        </message>
        <message>
            <source>&lt;p&gt;These versions hold no table file (CSV, TSV or JSONL) to compare.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Diese Versionen enthalten keine Tabellendatei (CSV, TSV oder JSONL) zum Vergleichen.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p style="color:%1"&gt;No table files in these folders: the file-level changes are all there is to compare.&lt;/p&gt;</source>
            <translation>&lt;p style="color:%1"&gt;Keine Tabellendateien in diesen Ordnern: Es gibt nur die Änderungen auf Dateiebene zu vergleichen.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Warnings&lt;/h3&gt;&lt;ul&gt;</source>
            <translation>&lt;h3&gt;Warnungen&lt;/h3&gt;&lt;ul&gt;</translation>
        </message>
        <message numerus="yes">
            <source>&lt;li&gt;… and %n more&lt;/li&gt;</source>
            <translation>
                <numerusform>&lt;li&gt;… und %n weitere&lt;/li&gt;</numerusform>
                <numerusform>&lt;li&gt;… und %n weitere&lt;/li&gt;</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>mlwb::widgets::datasets::DatasetsPanel</name>
        <message>
            <source>T&amp;able file:</source>
            <translation>T&amp;abellendatei:</translation>
        </message>
        <message>
            <source>Datasets and versions</source>
            <translation>Datensätze und Versionen</translation>
        </message>
        <message>
            <source>Select two versions to compare them (Ctrl+click), or one to compare it with the version before it</source>
            <translation>Wählen Sie zwei Versionen aus, um sie zu vergleichen (Strg+Klick), oder eine, um sie mit ihrer Vorgängerversion zu vergleichen</translation>
        </message>
        <message>
            <source>No datasets yet. Snapshot data with &lt;code&gt;mlwb data add PATH&lt;/code&gt;, commit a CSV file to git, or open a DVC repository. Two files dropped here are compared too.</source>
            <translation>Noch keine Datensätze. Halten Sie Daten mit &lt;code&gt;mlwb data add PFAD&lt;/code&gt; fest, committen Sie eine CSV-Datei in Git oder öffnen Sie ein DVC-Repository. Zwei hier abgelegte Dateien werden ebenfalls verglichen.</translation>
        </message>
        <message>
            <source>Pick two versions on the left</source>
            <translation>Wählen Sie links zwei Versionen aus</translation>
        </message>
        <message>
            <source>Comparing… %v of %m</source>
            <translation>Wird verglichen… %v von %m</translation>
        </message>
        <message>
            <source>Comparison progress</source>
            <translation>Vergleichsfortschritt</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Stop this comparison (Esc)</source>
            <translation>Diesen Vergleich abbrechen (Esc)</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Übersicht</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Tabelle</translation>
        </message>
        <message>
            <source>Profiles</source>
            <translation>Profile</translation>
        </message>
        <message>
            <source>Drift</source>
            <translation>Drift</translation>
        </message>
        <message>
            <source>Images</source>
            <translation>Bilder</translation>
        </message>
        <message>
            <source>Pick two versions of a dataset on the left to see what changed.</source>
            <translation>Wählen Sie links zwei Versionen eines Datensatzes aus, um zu sehen, was sich geändert hat.</translation>
        </message>
        <message>
            <source>Datasets</source>
            <translation>Datensätze</translation>
        </message>
        <message>
            <source>Pick two versions of a table to see what changed between them.</source>
            <translation>Wählen Sie zwei Versionen einer Tabelle aus, um zu sehen, was sich zwischen ihnen geändert hat.</translation>
        </message>
        <message>
            <source>Pick two versions of a table to compare its columns.</source>
            <translation>Wählen Sie zwei Versionen einer Tabelle aus, um ihre Spalten zu vergleichen.</translation>
        </message>
        <message>
            <source>Pick two versions of a table to test its columns for drift.</source>
            <translation>Wählen Sie zwei Versionen einer Tabelle aus, um ihre Spalten auf Drift zu prüfen.</translation>
        </message>
        <message>
            <source>A: %1  →  B: %2</source>
            <translation>A: %1  →  B: %2</translation>
        </message>
        <message>
            <source>A: %1  →  B: %2 (cancelled)</source>
            <translation>A: %1  →  B: %2 (abgebrochen)</translation>
        </message>
        <message>
            <source>Table •</source>
            <translation>Tabelle •</translation>
        </message>
        <message>
            <source>Drift •</source>
            <translation>Drift •</translation>
        </message>
        <message>
            <source>Compare latest two versions</source>
            <translation>Die neuesten zwei Versionen vergleichen</translation>
        </message>
        <message>
            <source>Next change</source>
            <translation>Nächste Änderung</translation>
        </message>
        <message>
            <source>Previous change</source>
            <translation>Vorherige Änderung</translation>
        </message>
        <message>
            <source>Show changed rows only</source>
            <translation>Nur geänderte Zeilen anzeigen</translation>
        </message>
        <message>
            <source>Export table diff as CSV…</source>
            <translation>Tabellenvergleich als CSV exportieren…</translation>
        </message>
        <message>
            <source>Export table diff as JSON…</source>
            <translation>Tabellenvergleich als JSON exportieren…</translation>
        </message>
        <message>
            <source>Compare two files…</source>
            <translation>Zwei Dateien vergleichen…</translation>
        </message>
        <message>
            <source>Reload datasets</source>
            <translation>Datensätze neu laden</translation>
        </message>
        <message>
            <source>Cancel comparison</source>
            <translation>Vergleich abbrechen</translation>
        </message>
        <message>
            <source>Pick two versions of a table</source>
            <translation>Wählen Sie zwei Versionen einer Tabelle aus</translation>
        </message>
        <message>
            <source>Tables (*.csv *.tsv *.tab *.jsonl *.ndjson);;All files (*)</source>
            <translation>Tabellen (*.csv *.tsv *.tab *.jsonl *.ndjson);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>compare files</source>
            <translation>Dateien vergleichen</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) picked</source>
            <translation>
                <numerusform>%n Datei ausgewählt</numerusform>
                <numerusform>%n Dateien ausgewählt</numerusform>
            </translation>
        </message>
        <message>
            <source>pick exactly two files: A, then B</source>
            <translation>wählen Sie genau zwei Dateien aus: zuerst A, dann B</translation>
        </message>
        <message>
            <source>Export table diff as JSON</source>
            <translation>Tabellenvergleich als JSON exportieren</translation>
        </message>
        <message>
            <source>Export table diff as CSV</source>
            <translation>Tabellenvergleich als CSV exportieren</translation>
        </message>
        <message>
            <source>JSON (*.json)</source>
            <translation>JSON (*.json)</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>open %1</source>
            <translation>%1 öffnen</translation>
        </message>
        <message>
            <source>the project has no such dataset version</source>
            <translation>das Projekt hat diese Datensatzversion nicht</translation>
        </message>
        <message>
            <source>pick a version from the list on the left</source>
            <translation>wählen Sie eine Version aus der Liste links</translation>
        </message>
    </context>
    <context>
        <name>mlwb::widgets::datasets::DriftView</name>
        <message>
            <source>Pick two versions of a table to test its columns for drift.</source>
            <translation>Wählen Sie zwei Versionen einer Tabelle aus, um ihre Spalten auf Drift zu prüfen.</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1 of %2 columns drifted&lt;/b&gt;</source>
            <translation>&lt;b&gt;%1 von %2 Spalten mit Drift&lt;/b&gt;</translation>
        </message>
        <message>
            <source> — the dataset drifted (at least half of its columns)</source>
            <translation> — der Datensatz hat Drift (mindestens die Hälfte seiner Spalten)</translation>
        </message>
        <message>
            <source>No drift report for these versions: they hold no readable table.</source>
            <translation>Kein Drift-Bericht für diese Versionen: Sie enthalten keine lesbare Tabelle.</translation>
        </message>
        <message>
            <source>&lt;br&gt;&lt;small&gt;Reference A: %1 · current B: %2. Tests as Evidently chooses them: KS / chi-squared up to 1,000 values, Wasserstein / Jensen–Shannon above; PSI beside each.&lt;/small&gt;</source>
            <translation>&lt;br&gt;&lt;small&gt;Referenz A: %1 · aktuell B: %2. Tests wie in Evidently gewählt: KS / Chi-Quadrat bis 1.000 Werte, darüber Wasserstein / Jensen–Shannon; PSI jeweils daneben.&lt;/small&gt;</translation>
        </message>
        <message>
            <source>Not compared (in one version only, or without values): %1</source>
            <translation>Nicht verglichen (nur in einer Version oder ohne Werte): %1</translation>
        </message>
    </context>
    <context>
        <name>mlwb::widgets::datasets::HistogramView</name>
        <message>
            <source>Distribution</source>
            <translation>Verteilung</translation>
        </message>
        <message>
            <source>B: %1</source>
            <translation>B: %1</translation>
        </message>
        <message>
            <source>A: %1</source>
            <translation>A: %1</translation>
        </message>
        <message>
            <source>No values to draw</source>
            <translation>Keine Werte zum Zeichnen</translation>
        </message>
    </context>
    <context>
        <name>mlwb::widgets::datasets::ImageCompareView</name>
        <message>
            <source>Side by side</source>
            <translation>Nebeneinander</translation>
        </message>
        <message>
            <source>Swipe</source>
            <translation>Wischen</translation>
        </message>
        <message>
            <source>Blink</source>
            <translation>Blinken</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Differenz</translation>
        </message>
        <message>
            <source>Where A ends and B begins; or drag the line in the image</source>
            <translation>Wo A endet und B beginnt; oder ziehen Sie die Linie im Bild</translation>
        </message>
        <message>
            <source>A</source>
            <translation>A</translation>
        </message>
        <message>
            <source>B</source>
            <translation>B</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Fortsetzen</translation>
        </message>
        <message>
            <source> ms</source>
            <translation> ms</translation>
        </message>
        <message>
            <source>How long each image stays</source>
            <translation>Wie lange jedes Bild angezeigt wird</translation>
        </message>
        <message>
            <source>Threshold</source>
            <translation>Schwellenwert</translation>
        </message>
        <message>
            <source>A pixel counts as changed when a channel differs by more than this (0–254)</source>
            <translation>Ein Pixel gilt als geändert, wenn ein Kanal um mehr als diesen Wert abweicht (0–254)</translation>
        </message>
        <message>
            <source>Over A</source>
            <translation>Über A</translation>
        </message>
        <message>
            <source>Draw the heatmap over a faded A, or alone</source>
            <translation>Die Heatmap über einem abgeblassten A zeichnen oder allein</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Comparison cancelled; select the file again to retry.</source>
            <translation>Vergleich abgebrochen; wählen Sie die Datei erneut aus, um es noch einmal zu versuchen.</translation>
        </message>
        <message>
            <source>Images: side by side</source>
            <translation>Bilder: nebeneinander</translation>
        </message>
        <message>
            <source>Images: swipe</source>
            <translation>Bilder: wischen</translation>
        </message>
        <message>
            <source>Images: blink</source>
            <translation>Bilder: blinken</translation>
        </message>
        <message>
            <source>Images: difference heatmap</source>
            <translation>Bilder: Differenz-Heatmap</translation>
        </message>
        <message>
            <source>Images: zoom in</source>
            <translation>Bilder: vergrößern</translation>
        </message>
        <message>
            <source>Images: zoom out</source>
            <translation>Bilder: verkleinern</translation>
        </message>
        <message>
            <source>Images: fit to window</source>
            <translation>Bilder: an Fenster anpassen</translation>
        </message>
        <message>
            <source>Images: actual size (1:1)</source>
            <translation>Bilder: Originalgröße (1:1)</translation>
        </message>
        <message>
            <source>Images: pause or resume blinking</source>
            <translation>Bilder: Blinken anhalten oder fortsetzen</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Einpassen</translation>
        </message>
        <message>
            <source>1:1</source>
            <translation>1:1</translation>
        </message>
        <message>
            <source>Select an image to compare its two versions.</source>
            <translation>Wählen Sie ein Bild aus, um seine zwei Versionen zu vergleichen.</translation>
        </message>
        <message>
            <source>A · %1</source>
            <translation>A · %1</translation>
        </message>
        <message>
            <source>B · %1</source>
            <translation>B · %1</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Wird geladen…</translation>
        </message>
        <message>
            <source>Only in %1 (removed)</source>
            <translation>Nur in %1 (entfernt)</translation>
        </message>
        <message>
            <source>Only in %1 (added)</source>
            <translation>Nur in %1 (hinzugefügt)</translation>
        </message>
        <message>
            <source>%1  ◂ A | B ▸  %2</source>
            <translation>%1  ◂ A | B ▸  %2</translation>
        </message>
        <message>
            <source>Showing A</source>
            <translation>A wird angezeigt</translation>
        </message>
        <message>
            <source>Showing B</source>
            <translation>B wird angezeigt</translation>
        </message>
        <message>
            <source>Difference over A</source>
            <translation>Differenz über A</translation>
        </message>
        <message>
            <source>Decoding and comparing…</source>
            <translation>Wird dekodiert und verglichen…</translation>
        </message>
        <message>
            <source>Identical pixels</source>
            <translation>Identische Pixel</translation>
        </message>
        <message>
            <source>No pixel differs by more than %1</source>
            <translation>Kein Pixel weicht um mehr als %1 ab</translation>
        </message>
        <message>
            <source>%1 changed pixels (%2%)</source>
            <translation>%1 geänderte Pixel (%2 %)</translation>
        </message>
        <message>
            <source>SSIM %1</source>
            <translation>SSIM %1</translation>
        </message>
        <message>
            <source>changed area %1 at (%2, %3)</source>
            <translation>geänderter Bereich %1 bei (%2, %3)</translation>
        </message>
        <message>
            <source>sizes differ: %1 → %2, compared where they overlap</source>
            <translation>Größen unterschiedlich: %1 → %2, verglichen im überlappenden Bereich</translation>
        </message>
        <message>
            <source>threshold %1</source>
            <translation>Schwellenwert %1</translation>
        </message>
        <message>
            <source>Only in %1 · %2</source>
            <translation>Nur in %1 · %2</translation>
        </message>
    </context>
    <context>
        <name>mlwb::widgets::datasets::ImageDiffPane</name>
        <message>
            <source>Images: next file</source>
            <translation>Bilder: nächste Datei</translation>
        </message>
        <message>
            <source>Images: previous file</source>
            <translation>Bilder: vorherige Datei</translation>
        </message>
        <message>
            <source>Listing and hashing the images of both versions…</source>
            <translation>Die Bilder beider Versionen werden aufgelistet und gehasht…</translation>
        </message>
        <message>
            <source>The images could not be compared.
%1</source>
            <translation>Die Bilder konnten nicht verglichen werden.
%1</translation>
        </message>
        <message>
            <source>Filter by name</source>
            <translation>Nach Name filtern</translation>
        </message>
        <message>
            <source>All changes</source>
            <translation>Alle Änderungen</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Hinzugefügt</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Entfernt</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Geändert</translation>
        </message>
        <message>
            <source>Renamed</source>
            <translation>Umbenannt</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Unverändert</translation>
        </message>
        <message>
            <source>Choose two versions of an image dataset above to see which images were added, removed, changed or renamed.</source>
            <translation>Wählen Sie oben zwei Versionen eines Bilddatensatzes aus, um zu sehen, welche Bilder hinzugefügt, entfernt, geändert oder umbenannt wurden.</translation>
        </message>
        <message>
            <source>Neither version holds any images.</source>
            <translation>Keine der Versionen enthält Bilder.</translation>
        </message>
        <message>
            <source>%1 changed</source>
            <translation>%1 geändert</translation>
        </message>
        <message>
            <source>%1 added</source>
            <translation>%1 hinzugefügt</translation>
        </message>
        <message>
            <source>%1 removed</source>
            <translation>%1 entfernt</translation>
        </message>
        <message>
            <source>%1 renamed</source>
            <translation>%1 umbenannt</translation>
        </message>
        <message>
            <source>%1 unchanged</source>
            <translation>%1 unverändert</translation>
        </message>
        <message>
            <source>No images</source>
            <translation>Keine Bilder</translation>
        </message>
        <message>
            <source> — A: %1, B: %2</source>
            <translation> — A: %1, B: %2</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Both versions hold the same images (%1).</source>
            <translation>Beide Versionen enthalten dieselben Bilder (%1).</translation>
        </message>
        <message>
            <source> — file count changed in %1 of %2 folders</source>
            <translation> — Dateianzahl in %1 von %2 Ordnern geändert</translation>
        </message>
    </context>
    <context>
        <name>mlwb::widgets::datasets::ProfileView</name>
        <message>
            <source>Columns</source>
            <translation>Spalten</translation>
        </message>
        <message>
            <source>Pick two versions of a table to compare its columns.</source>
            <translation>Wählen Sie zwei Versionen einer Tabelle aus, um ihre Spalten zu vergleichen.</translation>
        </message>
        <message>
            <source>No column profiles for these versions: they hold no readable table.</source>
            <translation>Keine Spaltenprofile für diese Versionen: Sie enthalten keine lesbare Tabelle.</translation>
        </message>
        <message>
            <source>%1 — drifted</source>
            <translation>%1 — mit Drift</translation>
        </message>
        <message>
            <source>%1 — no drift</source>
            <translation>%1 — keine Drift</translation>
        </message>
    </context>
    <context>
        <name>mlwb::widgets::datasets::TableDiffView</name>
        <message>
            <source>Changes only</source>
            <translation>Nur Änderungen</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <source>Previous change (Shift+F8)</source>
            <translation>Vorherige Änderung (Umschalt+F8)</translation>
        </message>
        <message>
            <source>Next change</source>
            <translation>Nächste Änderung</translation>
        </message>
        <message>
            <source>Next change (F8)</source>
            <translation>Nächste Änderung (F8)</translation>
        </message>
        <message>
            <source>&amp;Key:</source>
            <translation>&amp;Schlüssel:</translation>
        </message>
        <message>
            <source>Rows of A and B are matched on this column</source>
            <translation>Zeilen von A und B werden über diese Spalte zugeordnet</translation>
        </message>
        <message>
            <source>&amp;Tolerance:</source>
            <translation>&amp;Toleranz:</translation>
        </message>
        <message>
            <source>Numbers closer than this are the same</source>
            <translation>Zahlen, die näher beieinander liegen, gelten als gleich</translation>
        </message>
        <message>
            <source>Pick two versions of a table to see what changed between them.</source>
            <translation>Wählen Sie zwei Versionen einer Tabelle aus, um zu sehen, was sich zwischen ihnen geändert hat.</translation>
        </message>
        <message>
            <source>added: %1</source>
            <translation>hinzugefügt: %1</translation>
        </message>
        <message>
            <source>removed: %1</source>
            <translation>entfernt: %1</translation>
        </message>
        <message>
            <source>renamed: %1 → %2</source>
            <translation>umbenannt: %1 → %2</translation>
        </message>
        <message>
            <source>type of %1: %2 → %3</source>
            <translation>Typ von %1: %2 → %3</translation>
        </message>
        <message>
            <source>columns reordered</source>
            <translation>Spalten umsortiert</translation>
        </message>
        <message>
            <source>&lt;b&gt;Columns&lt;/b&gt; — %1</source>
            <translation>&lt;b&gt;Spalten&lt;/b&gt; — %1</translation>
        </message>
        <message>
            <source>Suggested (none unique)</source>
            <translation>Vorgeschlagen (keine eindeutig)</translation>
        </message>
        <message>
            <source>Suggested: %1</source>
            <translation>Vorgeschlagen: %1</translation>
        </message>
        <message>
            <source>None: match rows by content</source>
            <translation>Keine: Zeilen nach Inhalt zuordnen</translation>
        </message>
        <message>
            <source>%1 (unique)</source>
            <translation>%1 (eindeutig)</translation>
        </message>
        <message>
            <source>The table diff could not be computed; see the message above.</source>
            <translation>Der Tabellenvergleich konnte nicht berechnet werden; siehe die Meldung oben.</translation>
        </message>
        <message>
            <source>These versions hold no table file (CSV, TSV or JSONL) to compare.</source>
            <translation>Diese Versionen enthalten keine Tabellendatei (CSV, TSV oder JSONL) zum Vergleichen.</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; added · &lt;b&gt;%2&lt;/b&gt; removed · &lt;b&gt;%3&lt;/b&gt; changed · %4 unchanged rows%5</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; hinzugefügt · &lt;b&gt;%2&lt;/b&gt; entfernt · &lt;b&gt;%3&lt;/b&gt; geändert · %4 unveränderte Zeilen%5</translation>
        </message>
        <message>
            <source> — matched by content</source>
            <translation> — nach Inhalt zugeordnet</translation>
        </message>
        <message>
            <source> — key %1</source>
            <translation> — Schlüssel %1</translation>
        </message>
    </context>
    <context>
        <name>mlwb::widgets::deploy::DeployFlowView</name>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>&amp;Send</source>
            <translation>&amp;Senden</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;No deployment selected&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Select one in the list, or deploy a model version with &lt;b&gt;New deployment&lt;/b&gt; (Ctrl+Shift+D) or the &lt;b&gt;Deploy…&lt;/b&gt; button of a version in the Registry panel.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Keine Bereitstellung ausgewählt&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Wählen Sie eine in der Liste aus oder stellen Sie eine Modellversion mit &lt;b&gt;Neue Bereitstellung&lt;/b&gt; (Strg+Umschalt+D) oder mit der Schaltfläche &lt;b&gt;Bereitstellen…&lt;/b&gt; einer Version im Bereich Registry bereit.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <source>The build log appears here.</source>
            <translation>Hier erscheint das Build-Protokoll.</translation>
        </message>
        <message>
            <source>Build context</source>
            <translation>Build-Kontext</translation>
        </message>
        <message>
            <source>Build image</source>
            <translation>Image bauen</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Health check</source>
            <translation>Health-Check</translation>
        </message>
        <message>
            <source>Endpoint</source>
            <translation>Endpoint</translation>
        </message>
        <message>
            <source>A JSON body for POST /v1/predict</source>
            <translation>Ein JSON-Body für POST /v1/predict</translation>
        </message>
        <message>
            <source>Send the request to see the model's answer.</source>
            <translation>Senden Sie die Anfrage, um die Antwort des Modells zu sehen.</translation>
        </message>
        <message>
            <source>&amp;Zeros</source>
            <translation>&amp;Nullen</translation>
        </message>
        <message>
            <source>&amp;Random</source>
            <translation>&amp;Zufallswerte</translation>
        </message>
        <message>
            <source>Fill every input of the signature with zeros</source>
            <translation>Jede Eingabe der Signatur mit Nullen füllen</translation>
        </message>
        <message>
            <source>Fill every input of the signature with random values</source>
            <translation>Jede Eingabe der Signatur mit Zufallswerten füllen</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>Anfrage</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>Antwort</translation>
        </message>
        <message>
            <source>Try it from a shell:</source>
            <translation>Aus einer Shell ausprobieren:</translation>
        </message>
        <message>
            <source>Replacing with %1…</source>
            <translation>Wird durch %1 ersetzt…</translation>
        </message>
        <message>
            <source>Deploying %1…</source>
            <translation>%1 wird bereitgestellt…</translation>
        </message>
        <message>
            <source>Choosing a target…</source>
            <translation>Ziel wird gewählt…</translation>
        </message>
        <message>
            <source>The endpoint appears here once the server is healthy.</source>
            <translation>Der Endpoint erscheint hier, sobald der Server betriebsbereit ist.</translation>
        </message>
        <message>
            <source>Target: &lt;b&gt;%1&lt;/b&gt; — %2</source>
            <translation>Ziel: &lt;b&gt;%1&lt;/b&gt; — %2</translation>
        </message>
        <message>
            <source>The deployment failed</source>
            <translation>Die Bereitstellung ist fehlgeschlagen</translation>
        </message>
        <message>
            <source>%1 is healthy</source>
            <translation>%1 ist betriebsbereit</translation>
        </message>
        <message>
            <source>Target: &lt;b&gt;%1&lt;/b&gt;, port %2, %3</source>
            <translation>Ziel: &lt;b&gt;%1&lt;/b&gt;, Port %2, %3</translation>
        </message>
        <message>
            <source>%1 answers at (healthy after %2 s):</source>
            <translation>%1 antwortet unter (betriebsbereit nach %2 s):</translation>
        </message>
        <message>
            <source>%1 answers at:</source>
            <translation>%1 antwortet unter:</translation>
        </message>
        <message>
            <source>The request is not valid JSON: byte %1: %2</source>
            <translation>Die Anfrage ist kein gültiges JSON: Byte %1: %2</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Wird gesendet…</translation>
        </message>
        <message>
            <source>No answer: %1</source>
            <translation>Keine Antwort: %1</translation>
        </message>
        <message>
            <source>HTTP %1 in %2 ms</source>
            <translation>HTTP %1 in %2 ms</translation>
        </message>
        <message>
            <source>Build image (none for a process)</source>
            <translation>Image bauen (entfällt für einen Prozess)</translation>
        </message>
        <message>
            <source>The build log shows while a deployment is made in this window; the server's own output is in the Logs tab.</source>
            <translation>Das Build-Protokoll erscheint, während in diesem Fenster bereitgestellt wird; die Ausgabe des Servers steht im Reiter Protokolle.</translation>
        </message>
    </context>
    <context>
        <name>mlwb::widgets::deploy::DeployPanel</name>
        <message>
            <source>Deployment</source>
            <translation>Bereitstellung</translation>
        </message>
        <message>
            <source>Logs</source>
            <translation>Protokolle</translation>
        </message>
        <message>
            <source>Deployments</source>
            <translation>Bereitstellungen</translation>
        </message>
        <message>
            <source>Deploy</source>
            <translation>Bereitstellung</translation>
        </message>
        <message>
            <source>Looking for a container engine…</source>
            <translation>Container-Engine wird gesucht…</translation>
        </message>
        <message>
            <source>New deployment…</source>
            <translation>Neue Bereitstellung…</translation>
        </message>
        <message>
            <source>Deploy a registered model version or alias (Ctrl+Shift+D)</source>
            <translation>Eine registrierte Modellversion oder einen Alias bereitstellen (Strg+Umschalt+D)</translation>
        </message>
        <message>
            <source>Stop deployment</source>
            <translation>Bereitstellung stoppen</translation>
        </message>
        <message>
            <source>Restart deployment</source>
            <translation>Bereitstellung neu starten</translation>
        </message>
        <message>
            <source>Replace with another version…</source>
            <translation>Durch eine andere Version ersetzen…</translation>
        </message>
        <message>
            <source>Remove deployment</source>
            <translation>Bereitstellung entfernen</translation>
        </message>
        <message>
            <source>Show deployment logs</source>
            <translation>Protokolle der Bereitstellung anzeigen</translation>
        </message>
        <message>
            <source>Export as compose.yaml…</source>
            <translation>Als compose.yaml exportieren…</translation>
        </message>
        <message>
            <source>Export as Kubernetes manifests…</source>
            <translation>Als Kubernetes-Manifeste exportieren…</translation>
        </message>
        <message>
            <source>Stopping %1…</source>
            <translation>%1 wird gestoppt…</translation>
        </message>
        <message>
            <source>Restarting %1…</source>
            <translation>%1 wird neu gestartet…</translation>
        </message>
        <message>
            <source>Removing %1…</source>
            <translation>%1 wird entfernt…</translation>
        </message>
        <message>
            <source>New deployment</source>
            <translation>Neue Bereitstellung</translation>
        </message>
        <message>
            <source>Model version or alias to deploy (NAME@VERSION or NAME@ALIAS):</source>
            <translation>Bereitzustellende Modellversion oder Alias (NAME@VERSION oder NAME@ALIAS):</translation>
        </message>
        <message>
            <source>Replace deployment</source>
            <translation>Bereitstellung ersetzen</translation>
        </message>
        <message>
            <source>Deploy another version on port %1 in place of %2:</source>
            <translation>Eine andere Version auf Port %1 anstelle von %2 bereitstellen:</translation>
        </message>
        <message>
            <source>Export Kubernetes manifests</source>
            <translation>Kubernetes-Manifeste exportieren</translation>
        </message>
        <message>
            <source>Export compose.yaml</source>
            <translation>compose.yaml exportieren</translation>
        </message>
        <message>
            <source>YAML files (*.yaml *.yml)</source>
            <translation>YAML-Dateien (*.yaml *.yml)</translation>
        </message>
        <message>
            <source>Could not write %1: %2. Choose a folder you can write to.</source>
            <translation>%1 konnte nicht geschrieben werden: %2. Wählen Sie einen Ordner, in den Sie schreiben können.</translation>
        </message>
        <message>
            <source>Wrote %1</source>
            <translation>%1 geschrieben</translation>
        </message>
    </context>
    <context>
        <name>mlwb::widgets::deploy::LogsView</name>
        <message>
            <source>&amp;Follow</source>
            <translation>&amp;Mitverfolgen</translation>
        </message>
        <message>
            <source>Keep reading new lines as the server writes them</source>
            <translation>Neue Zeilen weiter lesen, während der Server sie schreibt</translation>
        </message>
        <message>
            <source>Search the log (Enter: next, Shift+Enter: previous)</source>
            <translation>Protokoll durchsuchen (Eingabe: nächster, Umschalt+Eingabe: vorheriger Treffer)</translation>
        </message>
        <message>
            <source>Select a deployment to read its log.</source>
            <translation>Wählen Sie eine Bereitstellung aus, um ihr Protokoll zu lesen.</translation>
        </message>
        <message>
            <source>Log of %1</source>
            <translation>Protokoll von %1</translation>
        </message>
        <message numerus="yes">
            <source>%n match(es)</source>
            <translation>
                <numerusform>%n Treffer</numerusform>
                <numerusform>%n Treffer</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>mlwb::widgets::experiments::CompareCharts</name>
        <message>
            <source>&amp;Log scale</source>
            <translation>&amp;Logarithmische Skala</translation>
        </message>
        <message>
            <source>Metrics…</source>
            <translation>Metriken…</translation>
        </message>
        <message>
            <source>Choose the metrics to chart</source>
            <translation>Metriken für das Diagramm auswählen</translation>
        </message>
        <message>
            <source>&amp;Smoothing</source>
            <translation>&amp;Glättung</translation>
        </message>
        <message>
            <source>Select runs with metrics to chart them.</source>
            <translation>Wählen Sie Läufe mit Metriken aus, um sie darzustellen.</translation>
        </message>
        <message>
            <source>No metrics</source>
            <translation>Keine Metriken</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Schritt</translation>
        </message>
        <message>
            <source>Wall time</source>
            <translation>Uhrzeit</translation>
        </message>
        <message>
            <source>Relative time</source>
            <translation>Relative Zeit</translation>
        </message>
        <message>
            <source>What the x axis shows: the logged step, the time of day, or seconds since each run started</source>
            <translation>Was die x-Achse zeigt: den protokollierten Schritt, die Uhrzeit oder die Sekunden seit dem Start jedes Laufs</translation>
        </message>
        <message>
            <source>&amp;X axis</source>
            <translation>&amp;X-Achse</translation>
        </message>
        <message>
            <source>Exponential moving average of the curves; the raw curves stay faintly behind</source>
            <translation>Exponentieller gleitender Durchschnitt der Kurven; die Rohkurven bleiben blass im Hintergrund</translation>
        </message>
        <message>
            <source>(runs)</source>
            <translation>(Läufe)</translation>
        </message>
        <message>
            <source>Draw one mean curve with a ±1 standard deviation band per value of this param</source>
            <translation>Eine Mittelwertkurve mit einem Band von ±1 Standardabweichung pro Wert dieses Parameters zeichnen</translation>
        </message>
        <message>
            <source>&amp;Group by</source>
            <translation>Gr&amp;uppieren nach</translation>
        </message>
        <message>
            <source>Drag to zoom, Shift+drag to pan, 0 to zoom out, right click to export</source>
            <translation>Ziehen zum Zoomen, Umschalt+Ziehen zum Verschieben, 0 zum Herauszoomen, Rechtsklick zum Exportieren</translation>
        </message>
        <message>
            <source>Export chart as SVG</source>
            <translation>Diagramm als SVG exportieren</translation>
        </message>
        <message>
            <source>Export chart as PNG</source>
            <translation>Diagramm als PNG exportieren</translation>
        </message>
        <message>
            <source>SVG images (*.svg)</source>
            <translation>SVG-Bilder (*.svg)</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG-Bilder (*.png)</translation>
        </message>
    </context>
    <context>
        <name>mlwb::widgets::experiments::CompareView</name>
        <message>
            <source>Only &amp;differences</source>
            <translation>Nur &amp;Unterschiede</translation>
        </message>
        <message>
            <source>&amp;Values</source>
            <translation>&amp;Werte</translation>
        </message>
        <message>
            <source>E&amp;xplore</source>
            <translation>E&amp;rkunden</translation>
        </message>
    </context>
    <context>
        <name>mlwb::widgets::experiments::DiffView</name>
        <message>
            <source>No differences.</source>
            <translation>Keine Unterschiede.</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) changed, </source>
            <translation>
                <numerusform>%n Datei geändert, </numerusform>
                <numerusform>%n Dateien geändert, </numerusform>
            </translation>
        </message>
        <message>
            <source>+%1 −%2 lines</source>
            <translation>+%1 −%2 Zeilen</translation>
        </message>
        <message>
            <source>binary file</source>
            <translation>Binärdatei</translation>
        </message>
    </context>
    <context>
        <name>mlwb::widgets::experiments::ExperimentsPanel</name>
        <message>
            <source>Filter runs, e.g. metrics.val_loss &lt; 0.2 and params.lr = 0.01   (Ctrl+L)</source>
            <translation>Läufe filtern, z. B. metrics.val_loss &lt; 0.2 and params.lr = 0.01   (Strg+L)</translation>
        </message>
        <message>
            <source>Run filter</source>
            <translation>Lauffilter</translation>
        </message>
        <message>
            <source>Search names (Ctrl+F)</source>
            <translation>Namen suchen (Strg+F)</translation>
        </message>
        <message>
            <source>Co&amp;mpare</source>
            <translation>&amp;Vergleichen</translation>
        </message>
        <message>
            <source>C&amp;harts</source>
            <translation>&amp;Diagramme</translation>
        </message>
        <message>
            <source>Code di&amp;ff</source>
            <translation>Code-&amp;Diff</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Wiederherstellen</translation>
        </message>
        <message>
            <source>Filter runs</source>
            <translation>Läufe filtern</translation>
        </message>
        <message>
            <source>Search run names</source>
            <translation>Laufnamen suchen</translation>
        </message>
        <message>
            <source>Refresh runs</source>
            <translation>Läufe aktualisieren</translation>
        </message>
        <message>
            <source>Live updates</source>
            <translation>Live-Aktualisierung</translation>
        </message>
        <message>
            <source>Experiments</source>
            <translation>Experimente</translation>
        </message>
        <message>
            <source>Filter, column %1: %2</source>
            <translation>Filter, Spalte %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>%n run(s)</source>
            <translation>
                <numerusform>%n Lauf</numerusform>
                <numerusform>%n Läufe</numerusform>
            </translation>
        </message>
        <message>
            <source>Both runs started from commit %1.</source>
            <translation>Beide Läufe starteten von Commit %1.</translation>
        </message>
        <message>
            <source>Select two runs started from git commits to compare their code.</source>
            <translation>Wählen Sie zwei Läufe, die von Git-Commits gestartet wurden, um ihren Code zu vergleichen.</translation>
        </message>
        <message>
            <source>Reading the diff…</source>
            <translation>Diff wird gelesen…</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Parameter</translation>
        </message>
        <message>
            <source>Metrics</source>
            <translation>Metriken</translation>
        </message>
        <message>
            <source>Grouped runs</source>
            <translation>Gruppierte Läufe</translation>
        </message>
        <message>
            <source>Group runs by experiment or a parameter</source>
            <translation>Läufe nach Experiment oder einem Parameter gruppieren</translation>
        </message>
        <message>
            <source>Open run</source>
            <translation>Lauf öffnen</translation>
        </message>
        <message>
            <source>Compare runs</source>
            <translation>Läufe vergleichen</translation>
        </message>
        <message>
            <source>Add tag…</source>
            <translation>Tag hinzufügen…</translation>
        </message>
        <message>
            <source>Move to trash</source>
            <translation>In den Papierkorb verschieben</translation>
        </message>
        <message>
            <source>Restore from trash</source>
            <translation>Aus dem Papierkorb wiederherstellen</translation>
        </message>
        <message>
            <source>Copy run id(s)</source>
            <translation>Lauf-ID(s) kopieren</translation>
        </message>
        <message>
            <source>Reveal artifacts</source>
            <translation>Artefakte anzeigen</translation>
        </message>
        <message>
            <source>Export runs as CSV…</source>
            <translation>Läufe als CSV exportieren…</translation>
        </message>
        <message>
            <source>Show trash</source>
            <translation>Papierkorb anzeigen</translation>
        </message>
        <message>
            <source>Trash</source>
            <translation>Papierkorb</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>CSV exportieren…</translation>
        </message>
        <message numerus="yes">
            <source>%n run(s) exported</source>
            <translation>
                <numerusform>%n Lauf exportiert</numerusform>
                <numerusform>%n Läufe exportiert</numerusform>
            </translation>
        </message>
        <message>
            <source>Add tag</source>
            <translation>Tag hinzufügen</translation>
        </message>
        <message>
            <source>Tag for the selected runs (key=value):</source>
            <translation>Tag für die ausgewählten Läufe (Schlüssel=Wert):</translation>
        </message>
        <message>
            <source>the key before '=' is empty</source>
            <translation>der Schlüssel vor „=“ ist leer</translation>
        </message>
        <message>
            <source>Write the tag as key=value, e.g. stage=baseline.</source>
            <translation>Schreiben Sie das Tag als Schlüssel=Wert, z. B. stage=baseline.</translation>
        </message>
        <message>
            <source>Export runs as CSV</source>
            <translation>Läufe als CSV exportieren</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Wird exportiert…</translation>
        </message>
        <message>
            <source>sorted by %1</source>
            <translation>sortiert nach %1</translation>
        </message>
        <message>
            <source>Shift+click a column header to add a sort key.</source>
            <translation>Umschalt+Klick auf einen Spaltenkopf fügt einen Sortierschlüssel hinzu.</translation>
        </message>
        <message>
            <source>Default columns</source>
            <translation>Standardspalten</translation>
        </message>
        <message>
            <source>Save view as…</source>
            <translation>Ansicht speichern unter…</translation>
        </message>
        <message>
            <source>Delete view</source>
            <translation>Ansicht löschen</translation>
        </message>
        <message>
            <source>Views</source>
            <translation>Ansichten</translation>
        </message>
        <message>
            <source>Named column layouts of this project</source>
            <translation>Benannte Spaltenanordnungen dieses Projekts</translation>
        </message>
        <message>
            <source>Save view</source>
            <translation>Ansicht speichern</translation>
        </message>
        <message>
            <source>Name of this column layout:</source>
            <translation>Name dieser Spaltenanordnung:</translation>
        </message>
        <message>
            <source>No grouping</source>
            <translation>Keine Gruppierung</translation>
        </message>
        <message>
            <source>Group by experiment</source>
            <translation>Nach Experiment gruppieren</translation>
        </message>
        <message>
            <source>Group by %1</source>
            <translation>Nach %1 gruppieren</translation>
        </message>
        <message>
            <source>%v of %m runs</source>
            <translation>%v von %m Läufen</translation>
        </message>
        <message>
            <source>Export progress</source>
            <translation>Exportfortschritt</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Stop the export; the file is left as it was</source>
            <translation>Export abbrechen; die Datei bleibt unverändert</translation>
        </message>
        <message>
            <source>Export cancelled</source>
            <translation>Export abgebrochen</translation>
        </message>
        <message>
            <source>Open run %1</source>
            <translation>Lauf %1 öffnen</translation>
        </message>
        <message>
            <source>no run has this id</source>
            <translation>kein Lauf hat diese ID</translation>
        </message>
        <message>
            <source>Check the link; the run may have been deleted.</source>
            <translation>Prüfen Sie den Link; der Lauf wurde eventuell gelöscht.</translation>
        </message>
    </context>
    <context>
        <name>mlwb::widgets::experiments::ExploreView</name>
        <message>
            <source>Axes…</source>
            <translation>Achsen…</translation>
        </message>
        <message>
            <source>Choose the params shown as axes</source>
            <translation>Die als Achsen gezeigten Parameter auswählen</translation>
        </message>
        <message>
            <source>&amp;Colour by</source>
            <translation>&amp;Färben nach</translation>
        </message>
        <message>
            <source>Drag along an axis to filter the runs, click it to clear</source>
            <translation>Entlang einer Achse ziehen, um die Läufe zu filtern; klicken, um den Filter zu löschen</translation>
        </message>
        <message>
            <source>Scatter &amp;x</source>
            <translation>Streudiagramm &amp;x</translation>
        </message>
        <message>
            <source>&amp;y</source>
            <translation>&amp;y</translation>
        </message>
        <message>
            <source>No params</source>
            <translation>Keine Parameter</translation>
        </message>
    </context>
    <context>
        <name>mlwb::widgets::experiments::MetricChartView</name>
        <message>
            <source>step %1</source>
            <translation>Schritt %1</translation>
        </message>
        <message>
            <source>%1 s since start</source>
            <translation>%1 s seit Start</translation>
        </message>
        <message>
            <source>&amp;Zoom out</source>
            <translation>&amp;Herauszoomen</translation>
        </message>
        <message>
            <source>Export as &amp;PNG…</source>
            <translation>Als &amp;PNG exportieren…</translation>
        </message>
        <message>
            <source>Export as &amp;SVG…</source>
            <translation>Als &amp;SVG exportieren…</translation>
        </message>
        <message>
            <source>step</source>
            <translation>Schritt</translation>
        </message>
        <message>
            <source>wall time</source>
            <translation>Uhrzeit</translation>
        </message>
        <message>
            <source>seconds since start</source>
            <translation>Sekunden seit Start</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n run(s))</source>
            <translation>
                <numerusform>%1 (%n Lauf)</numerusform>
                <numerusform>%1 (%n Läufe)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>mlwb::widgets::experiments::NoteEditor</name>
        <message>
            <source>Write a note about this run in Markdown…</source>
            <translation>Eine Notiz zu diesem Lauf in Markdown schreiben…</translation>
        </message>
    </context>
    <context>
        <name>mlwb::widgets::experiments::ParallelCoordinatesView</name>
        <message>
            <source>Select runs and choose axes to explore them.</source>
            <translation>Wählen Sie Läufe aus und bestimmen Sie Achsen, um sie zu erkunden.</translation>
        </message>
    </context>
    <context>
        <name>mlwb::widgets::experiments::RunDetailView</name>
        <message>
            <source>&amp;Overview</source>
            <translation>&amp;Übersicht</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Notiz</translation>
        </message>
        <message>
            <source>&amp;Artifacts</source>
            <translation>&amp;Artefakte</translation>
        </message>
        <message>
            <source>Co&amp;de</source>
            <translation>Co&amp;de</translation>
        </message>
        <message>
            <source>Select a run to see its details. Select several to compare them.</source>
            <translation>Wählen Sie einen Lauf, um Details zu sehen. Wählen Sie mehrere, um sie zu vergleichen.</translation>
        </message>
        <message>
            <source>No run selected.</source>
            <translation>Kein Lauf ausgewählt.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Run id</source>
            <translation>Lauf-ID</translation>
        </message>
        <message>
            <source>Experiment</source>
            <translation>Experiment</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Gestartet</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>Befehl</translation>
        </message>
        <message>
            <source>Host</source>
            <translation>Rechner</translation>
        </message>
        <message>
            <source>Exit code</source>
            <translation>Exit-Code</translation>
        </message>
        <message>
            <source>Git commit</source>
            <translation>Git-Commit</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keiner</translation>
        </message>
        <message>
            <source> (with uncommitted changes)</source>
            <translation> (mit nicht committeten Änderungen)</translation>
        </message>
        <message numerus="yes">
            <source>%1   (min %2, max %3, step %4, %n point(s))</source>
            <translation>
                <numerusform>%1   (Min. %2, Max. %3, Schritt %4, %n Punkt)</numerusform>
                <numerusform>%1   (Min. %2, Max. %3, Schritt %4, %n Punkte)</numerusform>
            </translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Lauf</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Parameter</translation>
        </message>
        <message>
            <source>Metrics</source>
            <translation>Metriken</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>Path</source>
            <translation>Pfad</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>Hash</source>
            <translation>Hash</translation>
        </message>
        <message>
            <source>This run was not started in a git repository.</source>
            <translation>Dieser Lauf wurde nicht in einem Git-Repository gestartet.</translation>
        </message>
        <message>
            <source>The run started from commit %1 with no uncommitted changes.</source>
            <translation>Der Lauf startete von Commit %1 ohne nicht committete Änderungen.</translation>
        </message>
        <message>
            <source>Double-click to open; right-click to save a copy</source>
            <translation>Doppelklick zum Öffnen; Rechtsklick, um eine Kopie zu speichern</translation>
        </message>
        <message>
            <source>&amp;Log</source>
            <translation>&amp;Protokoll</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>Ö&amp;ffnen</translation>
        </message>
        <message>
            <source>&amp;Save as…</source>
            <translation>&amp;Speichern unter…</translation>
        </message>
        <message>
            <source>Save artifact as</source>
            <translation>Artefakt speichern unter</translation>
        </message>
        <message>
            <source>Commit message</source>
            <translation>Commit-Nachricht</translation>
        </message>
        <message>
            <source>Commit author</source>
            <translation>Commit-Autor</translation>
        </message>
        <message>
            <source>System</source>
            <translation>System</translation>
        </message>
    </context>
    <context>
        <name>mlwb::widgets::experiments::RunLogView</name>
        <message>
            <source>Search the log (Return: next, Shift+Return: previous)</source>
            <translation>Protokoll durchsuchen (Eingabe: nächster, Umschalt+Eingabe: vorheriger Treffer)</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>Protokoll</translation>
        </message>
        <message>
            <source>Find next in log</source>
            <translation>Nächsten Treffer im Protokoll suchen</translation>
        </message>
        <message>
            <source>This run has no captured output. Runs started with `mlwb run` keep their stdout and stderr as artifacts.</source>
            <translation>Dieser Lauf hat keine aufgezeichnete Ausgabe. Mit `mlwb run` gestartete Läufe bewahren ihre stdout und stderr als Artefakte auf.</translation>
        </message>
        <message>
            <source>[… earlier output left out …]
</source>
            <translation>[… frühere Ausgabe ausgelassen …]
</translation>
        </message>
        <message numerus="yes">
            <source>%n match(es)</source>
            <translation>
                <numerusform>%n Treffer</numerusform>
                <numerusform>%n Treffer</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>mlwb::widgets::registry::GatesView</name>
        <message numerus="yes">
            <source>%1 passes all %n gate rule(s)</source>
            <translation>
                <numerusform>%1 besteht die einzige Gate-Regel</numerusform>
                <numerusform>%1 besteht alle %n Gate-Regeln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 fails %2 of %n gate rule(s)</source>
            <translation>
                <numerusform>%1 besteht %2 von %n Gate-Regel nicht</numerusform>
                <numerusform>%1 besteht %2 von %n Gate-Regeln nicht</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n rule(s) could not be evaluated</source>
            <translation>
                <numerusform>; %n Regel konnte nicht ausgewertet werden</numerusform>
                <numerusform>; %n Regeln konnten nicht ausgewertet werden</numerusform>
            </translation>
        </message>
        <message>
            <source>Gate rules</source>
            <translation>Gate-Regeln</translation>
        </message>
        <message>
            <source>Select a version to check it against the gate rules</source>
            <translation>Wählen Sie eine Version aus, um sie gegen die Gate-Regeln zu prüfen</translation>
        </message>
        <message>
            <source>The gates of %1 could not be checked</source>
            <translation>Die Gates von %1 konnten nicht geprüft werden</translation>
        </message>
        <message>
            <source>No gate file. Add rules for %1 to %2 at the project root, e.g.
models:
  %1:
    rules:
      - metrics.val_acc &gt;= 0.9</source>
            <translation>Keine Gate-Datei. Fügen Sie Regeln für %1 in %2 im Projektstamm hinzu, z. B.
models:
  %1:
    rules:
      - metrics.val_acc &gt;= 0.9</translation>
        </message>
        <message>
            <source>%1 has no rules for %2</source>
            <translation>%1 hat keine Regeln für %2</translation>
        </message>
    </context>
    <context>
        <name>mlwb::widgets::registry::LineageView</name>
        <message>
            <source>DATASET</source>
            <translation>DATENSATZ</translation>
        </message>
        <message>
            <source>RUN</source>
            <translation>LAUF</translation>
        </message>
        <message>
            <source>MODEL VERSION</source>
            <translation>MODELLVERSION</translation>
        </message>
        <message>
            <source>DEPLOYMENT</source>
            <translation>BEREITSTELLUNG</translation>
        </message>
        <message>
            <source>Lineage graph</source>
            <translation>Herkunftsgraph</translation>
        </message>
        <message>
            <source>Click a node to open it in its panel</source>
            <translation>Klicken Sie auf einen Knoten, um ihn in seinem Bereich zu öffnen</translation>
        </message>
        <message>
            <source>Open %1</source>
            <translation>%1 öffnen</translation>
        </message>
    </context>
    <context>
        <name>mlwb::widgets::registry::RegistryPanel</name>
        <message>
            <source>Show a&amp;rchived</source>
            <translation>A&amp;rchivierte anzeigen</translation>
        </message>
        <message>
            <source>Registered models</source>
            <translation>Registrierte Modelle</translation>
        </message>
        <message>
            <source>Versions of the selected model</source>
            <translation>Versionen des ausgewählten Modells</translation>
        </message>
        <message>
            <source>Ctrl+click a second version to compare them</source>
            <translation>Strg+Klick auf eine zweite Version vergleicht beide</translation>
        </message>
        <message>
            <source>No registered models yet. Register one from a run's artifact or a file:&lt;br&gt;&lt;code&gt;mlwb model register NAME RUN:model.onnx --alias champion&lt;/code&gt;</source>
            <translation>Noch keine registrierten Modelle. Registrieren Sie eines aus dem Artefakt eines Laufs oder aus einer Datei:&lt;br&gt;&lt;code&gt;mlwb model register NAME RUN:model.onnx --alias champion&lt;/code&gt;</translation>
        </message>
        <message>
            <source>List archived models and versions too, greyed (Ctrl+H)</source>
            <translation>Auch archivierte Modelle und Versionen auflisten, ausgegraut (Strg+H)</translation>
        </message>
        <message>
            <source>Models</source>
            <translation>Modelle</translation>
        </message>
        <message>
            <source>Versions</source>
            <translation>Versionen</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Lineage</source>
            <translation>Herkunft</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Vergleich</translation>
        </message>
        <message>
            <source>Gates</source>
            <translation>Gates</translation>
        </message>
        <message>
            <source>Registry</source>
            <translation>Registry</translation>
        </message>
        <message>
            <source>Select a model version on the left</source>
            <translation>Wählen Sie links eine Modellversion aus</translation>
        </message>
        <message>
            <source>Register a model to see its versions, lineage and gates here</source>
            <translation>Registrieren Sie ein Modell, um hier seine Versionen, Herkunft und Gates zu sehen</translation>
        </message>
        <message>
            <source>Select a model on the left</source>
            <translation>Wählen Sie links ein Modell aus</translation>
        </message>
        <message>
            <source>%1 has no versions to show</source>
            <translation>%1 hat keine Versionen zum Anzeigen</translation>
        </message>
        <message>
            <source>Undo registry edit</source>
            <translation>Registry-Änderung rückgängig machen</translation>
        </message>
        <message>
            <source>Redo registry edit</source>
            <translation>Registry-Änderung wiederherstellen</translation>
        </message>
        <message>
            <source>Set champion to the selected version</source>
            <translation>Champion auf die ausgewählte Version setzen</translation>
        </message>
        <message>
            <source>Set an alias…</source>
            <translation>Alias setzen…</translation>
        </message>
        <message>
            <source>Tag the selected version…</source>
            <translation>Ausgewählte Version taggen…</translation>
        </message>
        <message>
            <source>Edit the model card</source>
            <translation>Model Card bearbeiten</translation>
        </message>
        <message>
            <source>Archive or restore the selected version</source>
            <translation>Ausgewählte Version archivieren oder wiederherstellen</translation>
        </message>
        <message>
            <source>Show archived models and versions</source>
            <translation>Archivierte Modelle und Versionen anzeigen</translation>
        </message>
        <message>
            <source>Show version details</source>
            <translation>Versionsdetails anzeigen</translation>
        </message>
        <message>
            <source>Show the lineage graph</source>
            <translation>Herkunftsgraph anzeigen</translation>
        </message>
        <message>
            <source>Compare the selected versions</source>
            <translation>Ausgewählte Versionen vergleichen</translation>
        </message>
        <message>
            <source>Show the gate results</source>
            <translation>Gate-Ergebnisse anzeigen</translation>
        </message>
        <message>
            <source>Reload the registry</source>
            <translation>Registry neu laden</translation>
        </message>
        <message>
            <source>%1; %2 set</source>
            <translation>%1; %2 gesetzt</translation>
        </message>
        <message>
            <source>• %1 (line %2): %3</source>
            <translation>• %1 (Zeile %2): %3</translation>
        </message>
        <message>
            <source>• %1 (line %2): %3 %4 %5</source>
            <translation>• %1 (Zeile %2): %3 %4 %5</translation>
        </message>
        <message>
            <source>Gate failed</source>
            <translation>Gate nicht bestanden</translation>
        </message>
        <message>
            <source>%1. Set %2 anyway?</source>
            <translation>%1. %2 trotzdem setzen?</translation>
        </message>
        <message>
            <source>Set %1 anyway</source>
            <translation>%1 trotzdem setzen</translation>
        </message>
        <message>
            <source>%1 was left where it was</source>
            <translation>%1 blieb unverändert</translation>
        </message>
        <message>
            <source>Set an alias</source>
            <translation>Alias setzen</translation>
        </message>
        <message>
            <source>Alias for %1 (moved here if another version has it):</source>
            <translation>Alias für %1 (wird hierher verschoben, falls eine andere Version ihn hat):</translation>
        </message>
        <message>
            <source>Tag a version</source>
            <translation>Version taggen</translation>
        </message>
        <message>
            <source>Tag for %1 as key=value:</source>
            <translation>Tag für %1 als Schlüssel=Wert:</translation>
        </message>
    </context>
    <context>
        <name>mlwb::widgets::registry::VersionCompareView</name>
        <message>
            <source>Only &amp;differences</source>
            <translation>Nur &amp;Unterschiede</translation>
        </message>
        <message>
            <source>Hide the rows where all versions agree</source>
            <translation>Zeilen ausblenden, in denen alle Versionen übereinstimmen</translation>
        </message>
        <message>
            <source>Model versions compared</source>
            <translation>Verglichene Modellversionen</translation>
        </message>
        <message>
            <source>Select two or more versions (Ctrl+click) to compare them</source>
            <translation>Wählen Sie zwei oder mehr Versionen aus (Strg+Klick), um sie zu vergleichen</translation>
        </message>
        <message>
            <source>Comparing %1</source>
            <translation>Vergleich von %1</translation>
        </message>
        <message>
            <source>Datasets: the source runs recorded none</source>
            <translation>Datensätze: Die Quell-Läufe haben keine erfasst</translation>
        </message>
        <message>
            <source>Datasets: all versions were trained on the same dataset versions</source>
            <translation>Datensätze: Alle Versionen wurden mit denselben Datensatzversionen trainiert</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;: %2</translation>
        </message>
        <message>
            <source>Datasets that differ: %1</source>
            <translation>Abweichende Datensätze: %1</translation>
        </message>
    </context>
    <context>
        <name>mlwb::widgets::registry::VersionDetailView</name>
        <message>
            <source>&amp;Deploy…</source>
            <translation>&amp;Bereitstellen…</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>B&amp;earbeiten</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>&amp;Aliases</source>
            <translation>&amp;Aliase</translation>
        </message>
        <message>
            <source>Set, move or remove an alias such as champion</source>
            <translation>Einen Alias wie champion setzen, verschieben oder entfernen</translation>
        </message>
        <message>
            <source>&amp;Tags</source>
            <translation>&amp;Tags</translation>
        </message>
        <message>
            <source>Open the Deploy panel with this version</source>
            <translation>Den Bereich Bereitstellung mit dieser Version öffnen</translation>
        </message>
        <message>
            <source>Describe this version in Markdown: what it is for, how it was trained, its limits</source>
            <translation>Beschreiben Sie diese Version in Markdown: wofür sie gedacht ist, wie sie trainiert wurde, ihre Grenzen</translation>
        </message>
        <message>
            <source>Edit the model card (F2)</source>
            <translation>Model Card bearbeiten (F2)</translation>
        </message>
        <message>
            <source>Keep the edited text (Ctrl+Return)</source>
            <translation>Den bearbeiteten Text übernehmen (Strg+Eingabe)</translation>
        </message>
        <message>
            <source>Model card</source>
            <translation>Model Card</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Signatur</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>Source run</source>
            <translation>Quell-Lauf</translation>
        </message>
        <message>
            <source>Dataset versions</source>
            <translation>Datensatzversionen</translation>
        </message>
        <message>
            <source>Select a model version on the left</source>
            <translation>Wählen Sie links eine Modellversion aus</translation>
        </message>
        <message>
            <source>%1 · version %2 (archived)</source>
            <translation>%1 · Version %2 (archiviert)</translation>
        </message>
        <message>
            <source>%1 · version %2</source>
            <translation>%1 · Version %2</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Wiederherstellen</translation>
        </message>
        <message>
            <source>Arc&amp;hive</source>
            <translation>Arc&amp;hivieren</translation>
        </message>
        <message>
            <source>Show this version in the list again</source>
            <translation>Diese Version wieder in der Liste anzeigen</translation>
        </message>
        <message>
            <source>Hide this version from the list; it stays stored</source>
            <translation>Diese Version aus der Liste ausblenden; sie bleibt gespeichert</translation>
        </message>
        <message>
            <source>&lt;i&gt;No tags&lt;/i&gt;</source>
            <translation>&lt;i&gt;Keine Tags&lt;/i&gt;</translation>
        </message>
        <message>
            <source>&lt;i&gt;No model card yet. Press Edit to describe this version.&lt;/i&gt;</source>
            <translation>&lt;i&gt;Noch keine Model Card. Klicken Sie auf Bearbeiten, um diese Version zu beschreiben.&lt;/i&gt;</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Opset</source>
            <translation>Opset</translation>
        </message>
        <message>
            <source>Producer</source>
            <translation>Erzeuger</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Parameter</translation>
        </message>
        <message>
            <source>Nodes</source>
            <translation>Knoten</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Registriert</translation>
        </message>
        <message>
            <source>&lt;i&gt;The source run recorded no dataset versions.&lt;/i&gt;</source>
            <translation>&lt;i&gt;Der Quell-Lauf hat keine Datensatzversionen erfasst.&lt;/i&gt;</translation>
        </message>
        <message>
            <source>&lt;i&gt;The source run was deleted.&lt;/i&gt;</source>
            <translation>&lt;i&gt;Der Quell-Lauf wurde gelöscht.&lt;/i&gt;</translation>
        </message>
        <message>
            <source>Registered from the file &lt;code&gt;%1&lt;/code&gt;</source>
            <translation>Registriert aus der Datei &lt;code&gt;%1&lt;/code&gt;</translation>
        </message>
        <message>
            <source>&lt;br&gt;Commit &lt;code&gt;%1&lt;/code&gt;%2</source>
            <translation>&lt;br&gt;Commit &lt;code&gt;%1&lt;/code&gt;%2</translation>
        </message>
        <message>
            <source> with uncommitted changes</source>
            <translation> mit nicht committeten Änderungen</translation>
        </message>
        <message>
            <source>&lt;br&gt;Artifact &lt;code&gt;%1&lt;/code&gt;</source>
            <translation>&lt;br&gt;Artefakt &lt;code&gt;%1&lt;/code&gt;</translation>
        </message>
        <message>
            <source>Move %1 here (from version %2)</source>
            <translation>%1 hierher verschieben (von Version %2)</translation>
        </message>
        <message>
            <source>Set %1</source>
            <translation>%1 setzen</translation>
        </message>
        <message>
            <source>New alias…</source>
            <translation>Neuer Alias…</translation>
        </message>
        <message>
            <source>Remove %1</source>
            <translation>%1 entfernen</translation>
        </message>
        <message>
            <source>Add or change a tag…</source>
            <translation>Tag hinzufügen oder ändern…</translation>
        </message>
        <message>
            <source>Metrics (last value)</source>
            <translation>Metriken (letzter Wert)</translation>
        </message>
        <message>
            <source>Params</source>
            <translation>Parameter</translation>
        </message>
    </context>
</TS>
