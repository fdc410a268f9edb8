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
            <source>Compares two tables (CSV, TSV or JSONL): columns, and rows added, removed or changed. A and B are files, or PATH@REV for a file in a git revision. Exit code: 0 same, 1 different, 2 error.</source>
            <translation>Vergleicht zwei Tabellen (CSV, TSV oder JSONL): Spalten sowie hinzugefügte, entfernte oder geänderte Zeilen. A und B sind Dateien oder PFAD@REV für eine Datei in einer Git-Revision. Exit-Code: 0 gleich, 1 verschieden, 2 Fehler.</translation>
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
            <source>Usage: mlwb data diff ...
  diff A B [--key COL] [--tolerance X] [--json|--csv]  compare two tables
</source>
            <translation>Aufruf: mlwb data diff ...
  diff A B [--key SPALTE] [--tolerance X] [--json|--csv]  zwei Tabellen vergleichen
</translation>
        </message>
        <message>
            <source>expected diff</source>
            <translation>diff erwartet</translation>
        </message>
        <message>
            <source>unknown subcommand '%1'; expected diff</source>
            <translation>unbekannter Unterbefehl „%1“; diff erwartet</translation>
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
    </context>
</TS>
