#include "demosources.h"

namespace mlwb::demo {

namespace {

// Stages of the history; each file is assembled from the features it has at
// that stage, so consecutive commits differ exactly by one change.
enum Stage { Baseline, ResNetStep, Dropout, Cosine, Lstm, PaddingFix, StageCount };

QByteArray modelPy(int s) {
    QByteArray t = R"(import torch
from torch import nn


class MLP(nn.Module):
)";
    if (s < Dropout) {
        t += R"(    def __init__(self, in_features=784, hidden=256, classes=10):
        super().__init__()
        self.net = nn.Sequential(
            nn.Flatten(),
            nn.Linear(in_features, hidden),
            nn.ReLU(),
            nn.Linear(hidden, hidden),
            nn.ReLU(),
            nn.Linear(hidden, classes),
        )
)";
    } else {
        t += R"(    def __init__(self, in_features=784, hidden=256, classes=10, dropout=0.2):
        super().__init__()
        self.net = nn.Sequential(
            nn.Flatten(),
            nn.Linear(in_features, hidden),
            nn.ReLU(),
            nn.Dropout(dropout),
            nn.Linear(hidden, hidden),
            nn.ReLU(),
            nn.Dropout(dropout),
            nn.Linear(hidden, classes),
        )
)";
    }
    t += R"(
    def forward(self, x):
        return self.net(x)
)";
    if (s >= ResNetStep) {
        t += R"(

class BasicBlock(nn.Module):
    def __init__(self, cin, cout, stride=1):
        super().__init__()
        self.conv1 = nn.Conv2d(cin, cout, 3, stride, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(cout)
        self.conv2 = nn.Conv2d(cout, cout, 3, 1, 1, bias=False)
        self.bn2 = nn.BatchNorm2d(cout)
        self.short = nn.Sequential()
        if stride != 1 or cin != cout:
            self.short = nn.Sequential(nn.Conv2d(cin, cout, 1, stride, bias=False),
                                       nn.BatchNorm2d(cout))

    def forward(self, x):
        out = torch.relu(self.bn1(self.conv1(x)))
        out = self.bn2(self.conv2(out))
        return torch.relu(out + self.short(x))


class ResNet(nn.Module):
)";
        t += s < Dropout ? "    def __init__(self, depth=18, classes=10):\n"
                         : "    def __init__(self, depth=18, classes=10, dropout=0.0):\n";
        t += R"(        super().__init__()
        blocks = {18: [2, 2, 2, 2], 34: [3, 4, 6, 3]}[depth]
        self.stem = nn.Sequential(nn.Conv2d(3, 64, 3, 1, 1, bias=False), nn.BatchNorm2d(64),
                                  nn.ReLU())
        layers, cin = [], 64
        for i, n in enumerate(blocks):
            cout = 64 * 2**i
            for j in range(n):
                layers.append(BasicBlock(cin, cout, 2 if j == 0 and i > 0 else 1))
                cin = cout
        self.layers = nn.Sequential(*layers)
        self.pool = nn.AdaptiveAvgPool2d(1)
)";
        t += s < Dropout ? "        self.head = nn.Linear(cin, classes)\n"
                         : "        self.head = nn.Sequential(nn.Dropout(dropout), nn.Linear(cin, "
                           "classes))\n";
        t += R"(
    def forward(self, x):
        x = self.pool(self.layers(self.stem(x)))
        return self.head(torch.flatten(x, 1))
)";
    }
    if (s >= Lstm) {
        t += R"(

class LSTMClassifier(nn.Module):
    def __init__(self, vocab_size, embed_dim=128, hidden=256, layers=1, dropout=0.3,
                 pad_index=0):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, embed_dim, padding_idx=pad_index)
        self.lstm = nn.LSTM(embed_dim, hidden, layers, batch_first=True,
                            dropout=dropout if layers > 1 else 0.0)
        self.drop = nn.Dropout(dropout)
        self.head = nn.Linear(hidden, 2)

    def forward(self, tokens, lengths):
        packed = nn.utils.rnn.pack_padded_sequence(self.embed(tokens), lengths.cpu(),
                                                   batch_first=True, enforce_sorted=False)
        _, (h, _) = self.lstm(packed)
        return self.head(self.drop(h[-1]))
)";
    }
    return t;
}

QByteArray trainPy(int s) {
    QByteArray t = R"(import argparse
import math
import time

import torch
import yaml
from torch import nn
from torch.utils.data import DataLoader
from torchvision import datasets, transforms

import mlwb
)";
    t += s >= Lstm         ? "from model import MLP, LSTMClassifier, ResNet\n"
         : s >= ResNetStep ? "from model import MLP, ResNet\n"
                           : "from model import MLP\n";
    t += R"(

def parse_args():
    p = argparse.ArgumentParser()
    p.add_argument("--config", default="config.yaml")
    p.add_argument("--lr", type=float)
    p.add_argument("--batch-size", type=int)
    p.add_argument("--epochs", type=int)
    p.add_argument("--optimizer", choices=["adam", "sgd", "adamw"])
    p.add_argument("--seed", type=int)
)";
    if (s >= ResNetStep)
        t += "    p.add_argument(\"--model\", choices=[\"mlp\", \"resnet\", \"lstm\"])\n";
    if (s >= Dropout)
        t += "    p.add_argument(\"--dropout\", type=float)\n";
    t += R"(    return p.parse_args()


def load_config(args):
    with open(args.config) as f:
        cfg = yaml.safe_load(f)
    for key, value in vars(args).items():
        if value is not None and key != "config":
            cfg[key] = value
    return cfg
)";
    if (s >= Lstm) {
        t += R"(

def collate(batch, pad_index):
    seqs = [torch.tensor(tokens) for tokens, _ in batch]
    labels = torch.tensor([label for _, label in batch])
    lengths = torch.tensor([len(s) for s in seqs])
    tokens = nn.utils.rnn.pad_sequence(seqs, batch_first=True, padding_value=pad_index)
    return tokens, lengths, labels
)";
    }
    t += R"(

def make_optimizer(cfg, params):
    if cfg["optimizer"] == "sgd":
        return torch.optim.SGD(params, lr=cfg["lr"], momentum=0.9,
                               weight_decay=cfg.get("weight_decay", 0.0))
)";
    if (s >= Cosine)
        t += R"(    if cfg["optimizer"] == "adamw":
        return torch.optim.AdamW(params, lr=cfg["lr"], weight_decay=cfg.get("weight_decay", 0.01))
)";
    t += "    return torch.optim.Adam(params, lr=cfg[\"lr\"])\n";
    if (s >= Cosine) {
        t += R"(

def make_schedule(cfg, optimizer, total_steps):
    warmup = cfg.get("warmup_steps", 0)

    def factor(step):
        if step < warmup:
            return (step + 1) / warmup
        progress = (step - warmup) / max(1, total_steps - warmup)
        return 0.5 * (1.0 + math.cos(math.pi * progress))

    return torch.optim.lr_scheduler.LambdaLR(optimizer, factor)
)";
    } else if (s >= ResNetStep) {
        t += R"(

def make_schedule(cfg, optimizer, total_steps):
    # Decays once per `step_size` epochs; stepped per batch below.
    steps_per_epoch = total_steps // cfg["epochs"]
    return torch.optim.lr_scheduler.StepLR(optimizer, cfg["step_size"] * steps_per_epoch,
                                           gamma=cfg["gamma"])
)";
    }
    t += R"(

def evaluate(model, loader, device):
    model.eval()
    loss, correct, seen = 0.0, 0, 0
    with torch.no_grad():
        for *inputs, y in loader:
            out = model(*[i.to(device) for i in inputs])
            loss += nn.functional.cross_entropy(out, y.to(device), reduction="sum").item()
            correct += (out.argmax(1).cpu() == y).sum().item()
            seen += len(y)
    model.train()
    return loss / seen, correct / seen


def main():
    cfg = load_config(parse_args())
    torch.manual_seed(cfg["seed"])
    device = "cuda" if torch.cuda.is_available() else "cpu"
)";
    if (s < ResNetStep) {
        t += R"(    tf = transforms.ToTensor()
    train_set = datasets.MNIST("data", train=True, download=True, transform=tf)
    val_set = datasets.MNIST("data", train=False, transform=tf)
    model = MLP(hidden=cfg["hidden"]).to(device)
    collate_fn = None
)";
    } else {
        t += R"(    collate_fn = None
    if cfg["model"] == "resnet":
        tf = transforms.Compose([transforms.RandomCrop(32, padding=4),
                                 transforms.RandomHorizontalFlip(), transforms.ToTensor()])
        train_set = datasets.CIFAR10("data", train=True, download=True, transform=tf)
        val_set = datasets.CIFAR10("data", train=False, transform=transforms.ToTensor())
)";
        t += s >= Dropout
                 ? "        model = ResNet(cfg[\"depth\"], dropout=cfg[\"dropout\"]).to(device)\n"
                 : "        model = ResNet(cfg[\"depth\"]).to(device)\n";
        if (s >= Lstm) {
            t += R"(    elif cfg["model"] == "lstm":
        from data import load_imdb
        train_set, val_set, vocab = load_imdb("data", cfg["max_tokens"])
)";
            t += s >= PaddingFix ? R"(        pad_index = len(vocab)
        vocab_size = len(vocab) + 1  # room for the padding index
)"
                                 : R"(        pad_index = len(vocab)
        vocab_size = len(vocab)
)";
            t +=
                R"(        model = LSTMClassifier(vocab_size, cfg["embed_dim"], cfg["hidden"], cfg["layers"],
                               cfg["dropout"], pad_index).to(device)
        collate_fn = lambda b: collate(b, pad_index)
)";
        }
        t += R"(    else:
        tf = transforms.ToTensor()
        train_set = datasets.MNIST("data", train=True, download=True, transform=tf)
        val_set = datasets.MNIST("data", train=False, transform=tf)
)";
        t += s >= Dropout ? "        model = MLP(hidden=cfg[\"hidden\"], "
                            "dropout=cfg[\"dropout\"]).to(device)\n"
                          : "        model = MLP(hidden=cfg[\"hidden\"]).to(device)\n";
    }
    t += R"(
    train = DataLoader(train_set, cfg["batch_size"], shuffle=True, num_workers=4,
                       collate_fn=collate_fn)
    val = DataLoader(val_set, 512, collate_fn=collate_fn)
    optimizer = make_optimizer(cfg, model.parameters())
    total_steps = cfg["epochs"] * len(train)
)";
    if (s >= ResNetStep)
        t += "    schedule = make_schedule(cfg, optimizer, total_steps)\n";
    t += R"(
    with mlwb.start_run(experiment=cfg["experiment"], params=cfg) as run:
        step = 0
        for epoch in range(cfg["epochs"]):
            started = time.time()
            epoch_loss = 0.0
            for *inputs, y in train:
                out = model(*[i.to(device) for i in inputs])
                loss = nn.functional.cross_entropy(out, y.to(device))
                optimizer.zero_grad()
                loss.backward()
                optimizer.step()
)";
    if (s >= ResNetStep)
        t += "                schedule.step()\n";
    t += R"(                run.log("train/loss", loss.item(), step=step)
                run.log("lr", optimizer.param_groups[0]["lr"], step=step)
                epoch_loss += loss.item()
                step += 1
            val_loss, val_acc = evaluate(model, val, device)
            run.log("train/epoch_loss", epoch_loss / len(train), step=step)
            run.log("val/loss", val_loss, step=step)
            run.log("val/accuracy", val_acc, step=step)
            run.log("epoch_time_s", time.time() - started, step=step)
            print(f"epoch {epoch + 1}/{cfg['epochs']}  train_loss {epoch_loss / len(train):.4f}"
                  f"  val_loss {val_loss:.4f}  val_acc {val_acc:.4f}")
        torch.save(model.state_dict(), "model.pt")
        run.log_artifact("model.pt")


if __name__ == "__main__":
    main()
)";
    return t;
}

QByteArray configYaml(int s) {
    QByteArray t = R"(experiment: mnist-mlp
model: mlp
hidden: 256
lr: 0.001
batch_size: 128
epochs: 10
optimizer: adam
seed: 0
)";
    if (s >= ResNetStep) {
        t += R"(depth: 18
weight_decay: 5.0e-4
)";
        t += s >= Cosine ? "warmup_steps: 500\n" : "step_size: 10\ngamma: 0.1\n";
    }
    if (s >= Dropout)
        t += "dropout: 0.2\n";
    if (s >= Lstm)
        t += R"(max_tokens: 256
embed_dim: 128
layers: 1
)";
    return t;
}

QByteArray readme(int s) {
    QByteArray t = R"(# vision-and-text baselines

Small, fast baselines used to check ideas before they go to the big cluster.
Every run is tracked with ML Workbench (`mlwb`).

## Usage

    pip install -r requirements.txt
    python train.py --config config.yaml --lr 3e-3 --batch-size 128

## Models

- `mlp`: two hidden layers on MNIST (~98% validation accuracy)
)";
    if (s >= ResNetStep)
        t += "- `resnet`: ResNet-18/34 on CIFAR-10 (~94% with the cosine schedule)\n";
    if (s >= Lstm)
        t += "- `lstm`: one-layer LSTM on IMDB reviews (binary sentiment)\n";
    if (s >= Cosine)
        t += R"(
## Learning rate

Linear warmup for `warmup_steps`, then cosine decay to zero over the run. The
old step schedule (x0.1 every `step_size` epochs) was removed: it needed a
different `step_size` for every epoch budget.
)";
    return t;
}

} // namespace

QList<SourceCommit> demoSourceHistory() {
    static const char *const messages[] = {
        "MLP baseline for MNIST\n\nTwo hidden layers, Adam, constant learning rate.\n",
        "Add ResNet for CIFAR-10 with a step schedule\n",
        "Add dropout to the MLP and the ResNet head\n\nValidation loss went up after epoch 8 "
        "without it.\n",
        "Replace the step schedule with cosine decay and warmup\n\nAlso adds AdamW.\n",
        "Add LSTM sentiment baseline on IMDB\n",
        "Fix padding index out of range in the LSTM embedding\n\nThe padding index is "
        "len(vocab), so the embedding needs len(vocab) + 1 rows.\n",
    };
    static const int days[] = {24, 20, 16, 12, 9, 6};
    QList<SourceCommit> history;
    for (int s = 0; s < StageCount; ++s) {
        const bool bob = s == Lstm || s == PaddingFix;
        SourceCommit c{QString::fromUtf8(messages[s]),
                       bob ? QStringLiteral("Bob Okafor") : QStringLiteral("Alice Moreau"),
                       bob ? QStringLiteral("bob@example.org")
                           : QStringLiteral("alice@example.org"),
                       days[s],
                       {}};
        c.files = {{QStringLiteral("README.md"), readme(s)},
                   {QStringLiteral("config.yaml"), configYaml(s)},
                   {QStringLiteral("model.py"), modelPy(s)},
                   {QStringLiteral("train.py"), trainPy(s)}};
        if (s == Baseline)
            c.files.append({QStringLiteral("requirements.txt"),
                            "torch>=2.1\ntorchvision>=0.16\npyyaml>=6.0\nmlwb>=0.1\n"});
        history.append(std::move(c));
    }
    return history;
}

QList<SourceEdit> demoDirtyEdits(int commitIndex) {
    switch (commitIndex) {
    case Baseline:
        return {{QStringLiteral("config.yaml"), "hidden: 256\n", "hidden: 512\n"}};
    case ResNetStep:
        return {{QStringLiteral("config.yaml"), "step_size: 10\n", "step_size: 15\n"}};
    case Dropout:
        return {
            {QStringLiteral("train.py"), "    torch.manual_seed(cfg[\"seed\"])\n",
             "    torch.manual_seed(cfg[\"seed\"])\n    torch.backends.cudnn.benchmark = True\n"}};
    case Cosine:
        return {{QStringLiteral("config.yaml"), "warmup_steps: 500\n", "warmup_steps: 1000\n"}};
    case Lstm:
        return {{QStringLiteral("config.yaml"), "max_tokens: 256\n", "max_tokens: 400\n"}};
    default:
        return {{QStringLiteral("train.py"), "num_workers=4", "num_workers=8"}};
    }
}

} // namespace mlwb::demo
