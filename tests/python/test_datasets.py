"""mlwb.use_dataset(): the run → dataset version lineage, against data snapshotted
by the real `mlwb data add`."""

import os
import subprocess
import unittest

from support import EXECUTABLE, ProjectTestCase, mlwb


class UseDatasetTest(ProjectTestCase):
    def add(self, rel, content):
        path = os.path.join(self.root, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(content)
        done = subprocess.run([EXECUTABLE, "data", "add", rel], cwd=self.root,
                              capture_output=True, text=True, timeout=120)
        self.assertEqual(done.returncode, 0, done.stderr)
        return path

    def lineage(self, run):
        return self.db().execute(
            "SELECT d.name, v.number, r.role FROM run_datasets r"
            " JOIN dataset_versions v ON v.id = r.dataset_version_id"
            " JOIN datasets d ON d.id = v.dataset_id WHERE r.run_id = ?",
            (run.run_id,)).fetchall()

    def test_by_name_records_the_latest_version(self):
        self.add("data/train.csv", "a\n1\n")
        self.add("data/train.csv", "a\n1\n2\n")
        with self.start() as run:
            self.assertEqual(mlwb.use_dataset("train"), "train@2")
            self.assertEqual(self.lineage(run), [("train", 2, "input")])

    def test_by_path_records_the_pointer_files_version(self):
        path = self.add("data/train.csv", "a\n1\n")
        self.add("data/train.csv", "a\n1\n2\n")
        # The pointer file in the work tree names version 1 again (as after a git checkout).
        pointer = path + ".mlwb"
        with open(pointer) as f:
            text = f.read()
        with open(pointer, "w") as f:
            f.write(text.replace("version: 2", "version: 1"))
        with self.start() as run:
            self.assertEqual(mlwb.use_dataset(path, role="eval"), "train@1")
            self.assertEqual(self.lineage(run), [("train", 1, "eval")])

    def test_clear_errors(self):
        self.add("data/train.csv", "a\n1\n")
        unsnapshotted = os.path.join(self.root, "data", "raw.csv")
        with open(unsnapshotted, "w") as f:
            f.write("x\n")
        with self.assertRaises(mlwb.MlwbError):
            mlwb.use_dataset("train")  # no active run
        with self.start() as run:
            with self.assertRaises(mlwb.MlwbError) as e:
                mlwb.use_dataset("tarin")
            self.assertIn("train", str(e.exception))
            with self.assertRaises(mlwb.MlwbError) as e:
                mlwb.use_dataset(unsnapshotted)
            self.assertIn("mlwb data add", str(e.exception))
            self.assertEqual(self.lineage(run), [])


if __name__ == "__main__":
    unittest.main()
