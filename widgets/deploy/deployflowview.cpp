#include "deployflowview.h"

#include "deploytasks.h"
#include "shared/theme.h"

#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace mlwb::widgets::deploy {

using mlwb::deploy::Stage;

namespace {
constexpr int stageCount = 4;

QPushButton *copyButton(QLineEdit *source, QWidget *parent) {
    auto *button = new QPushButton(QCoreApplication::translate("mlwb", "Copy"), parent);
    QObject::connect(button, &QPushButton::clicked, source,
                     [source] { QGuiApplication::clipboard()->setText(source->text()); });
    return button;
}
} // namespace

DeployFlowView::DeployFlowView(QWidget *parent)
    : QWidget(parent)
    , m_pages(new QStackedWidget)
    , m_empty(new QLabel)
    , m_heading(new QLabel)
    , m_target(new QLabel)
    , m_log(new QPlainTextEdit)
    , m_error(new QLabel)
    , m_cancel(new QPushButton(tr("Cancel")))
    , m_url(new QLineEdit)
    , m_endpointTitle(new QLabel)
    , m_request(new QPlainTextEdit)
    , m_send(new QPushButton(tr("&Send")))
    , m_response(new QPlainTextEdit)
    , m_latency(new QLabel)
    , m_curl(new QLineEdit)
    , m_network(new QNetworkAccessManager(this)) {
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("<p><b>No deployment selected</b></p><p>Select one in the list, or deploy "
                        "a model version with <b>New deployment</b> (Ctrl+Shift+D) or the "
                        "<b>Deploy…</b> button of a version in the Registry panel.</p>"));
    auto *top = new QWidget;
    auto *layout = new QVBoxLayout(top);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildProgressPage(), 2);
    layout->addWidget(buildEndpointPage(), 3);
    m_pages->addWidget(m_empty);
    m_pages->addWidget(top);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);
    clear();
}

DeployFlowView::~DeployFlowView() = default;

QWidget *DeployFlowView::buildProgressPage() {
    auto *box = new QGroupBox(tr("Progress"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_target->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setForegroundRole(QPalette::WindowText);
    m_log->setReadOnly(true);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setMaximumBlockCount(5000);
    m_log->setPlaceholderText(tr("The build log appears here."));

    auto *stages = new QGridLayout;
    const QStringList names = {tr("Build context"), tr("Build image"), tr("Start"),
                               tr("Health check")};
    for (int i = 0; i < stageCount; ++i) {
        auto *label = new QLabel(names[i]);
        auto *bar = new QProgressBar;
        bar->setTextVisible(false);
        bar->setMaximumHeight(10);
        m_stageLabels.append(label);
        m_stageBars.append(bar);
        stages->addWidget(label, 0, i);
        stages->addWidget(bar, 1, i);
    }
    auto *header = new QHBoxLayout;
    header->addWidget(m_heading, 1);
    header->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(header);
    layout->addWidget(m_target);
    layout->addLayout(stages);
    layout->addWidget(m_error);
    layout->addWidget(m_log, 1);
    connect(m_cancel, &QPushButton::clicked, this, &DeployFlowView::cancelRequested);
    return box;
}

QWidget *DeployFlowView::buildEndpointPage() {
    auto *box = new QGroupBox(tr("Endpoint"));
    m_url->setReadOnly(true);
    m_curl->setReadOnly(true);
    m_curl->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    for (QPlainTextEdit *edit : {m_request, m_response}) {
        edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    }
    m_request->setPlaceholderText(tr("A JSON body for POST /v1/predict"));
    m_response->setReadOnly(true);
    m_response->setPlaceholderText(tr("Send the request to see the model's answer."));
    auto *zeros = new QPushButton(tr("&Zeros"));
    auto *random = new QPushButton(tr("&Random"));
    zeros->setToolTip(tr("Fill every input of the signature with zeros"));
    random->setToolTip(tr("Fill every input of the signature with random values"));
    m_send->setDefault(true);

    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(copyButton(m_url, box));
    auto *curlRow = new QHBoxLayout;
    curlRow->addWidget(m_curl, 1);
    curlRow->addWidget(copyButton(m_curl, box));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(zeros);
    buttons->addWidget(random);
    buttons->addSpacing(12);
    buttons->addWidget(m_latency, 1);
    buttons->addWidget(m_send);
    auto *bodies = new QHBoxLayout;
    auto *requestCol = new QVBoxLayout;
    requestCol->addWidget(new QLabel(tr("Request")));
    requestCol->addWidget(m_request, 1);
    auto *responseCol = new QVBoxLayout;
    responseCol->addWidget(new QLabel(tr("Response")));
    responseCol->addWidget(m_response, 1);
    bodies->addLayout(requestCol, 1);
    bodies->addLayout(responseCol, 1);

    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_endpointTitle);
    layout->addLayout(urlRow);
    layout->addLayout(bodies, 1);
    layout->addLayout(buttons);
    layout->addWidget(new QLabel(tr("Try it from a shell:")));
    layout->addLayout(curlRow);

    connect(zeros, &QPushButton::clicked, this, [this] { fillExample(false); });
    connect(random, &QPushButton::clicked, this, [this] { fillExample(true); });
    connect(m_send, &QPushButton::clicked, this, &DeployFlowView::sendRequest);
    connect(m_request, &QPlainTextEdit::textChanged, this, &DeployFlowView::updateCurl);
    return box;
}

void DeployFlowView::clear() {
    m_state = State::Empty;
    m_pages->setCurrentIndex(0);
}

void DeployFlowView::setWithoutImage(bool without) {
    m_withoutImage = without;
    QLabel *label = m_stageLabels[int(Stage::Build)];
    label->setText(without ? tr("Build image (none for a process)") : tr("Build image"));
    setStageState(int(Stage::Build), 0);
}

void DeployFlowView::setStageState(int stage, int state) {
    if (stage == int(Stage::Build) && m_withoutImage)
        state = 0;
    QProgressBar *bar = m_stageBars[stage];
    QLabel *label = m_stageLabels[stage];
    QPalette p = bar->palette();
    p.setColor(QPalette::Highlight, state == 3 ? statusColor(StatusTone::Failed, palette())
                                               : statusColor(StatusTone::Finished, palette()));
    bar->setPalette(p);
    if (state == 1) {
        bar->setRange(0, 0); // busy
    } else {
        bar->setRange(0, 100);
        bar->setValue(state >= 2 ? 100 : 0);
    }
    QFont f = label->font();
    f.setBold(state == 1);
    label->setFont(f);
    label->setEnabled(state != 0);
}

void DeployFlowView::begin(const QString &ref, bool replacing) {
    m_state = State::Running;
    m_pages->setCurrentIndex(1);
    m_heading->setText(replacing ? tr("Replacing with %1…").arg(ref)
                                 : tr("Deploying %1…").arg(ref));
    m_target->setText(tr("Choosing a target…"));
    m_error->clear();
    m_error->hide();
    m_log->clear();
    m_log->setPlaceholderText(tr("The build log appears here."));
    m_cancel->setEnabled(true);
    m_cancel->show();
    m_currentStage = -1;
    m_withoutImage = false;
    for (int i = 0; i < stageCount; ++i)
        setStageState(i, 0);
    setWithoutImage(false);
    m_url->clear();
    m_endpointTitle->setText(tr("The endpoint appears here once the server is healthy."));
    m_send->setEnabled(false);
    m_response->clear();
    m_latency->clear();
}

void DeployFlowView::setTarget(const mlwb::deploy::TargetChoice &choice) {
    setWithoutImage(choice.target == mlwb::deploy::Target::Process);
    m_target->setText(
        tr("Target: <b>%1</b> — %2")
            .arg(mlwb::deploy::targetName(choice.target), choice.reason.toHtmlEscaped()));
}

void DeployFlowView::addProgress(const mlwb::deploy::DeployProgress &progress) {
    const int stage = int(progress.stage);
    if (stage < stageCount && stage != m_currentStage) {
        for (int i = 0; i < stage; ++i)
            setStageState(i, 2);
        setStageState(stage, 1);
        m_currentStage = stage;
    }
    if (progress.stage == Stage::Done) {
        for (int i = 0; i < stageCount; ++i)
            setStageState(i, 2);
    }
    m_log->appendPlainText(progress.logLine ? progress.message
                                            : QStringLiteral("» ") + progress.message);
}

void DeployFlowView::fail(const Error &error) {
    m_state = State::Failed;
    m_pages->setCurrentIndex(1);
    m_heading->setText(tr("The deployment failed"));
    if (m_currentStage >= 0)
        setStageState(m_currentStage, 3);
    m_cancel->hide();
    QPalette p = m_error->palette();
    p.setColor(QPalette::WindowText, statusColor(StatusTone::Failed, palette()));
    m_error->setPalette(p);
    m_error->setText(error.toString());
    m_error->show();
    m_log->appendPlainText(error.toString());
    m_log->verticalScrollBar()->setValue(m_log->verticalScrollBar()->maximum());
}

void DeployFlowView::showDeployment(const mlwb::deploy::Deployment &d) {
    const bool wasRunning = m_state == State::Running;
    if (wasRunning && !d.isActive())
        return;
    const bool same = !wasRunning && m_url->text() == d.url;
    m_pages->setCurrentIndex(1);
    m_cancel->hide();
    if (wasRunning) {
        m_heading->setText(tr("%1 is healthy").arg(d.label()));
    } else {
        m_heading->setText(d.label());
        QString status = mlwb::deploy::statusName(d.status);
        if (!d.stopReason.isEmpty())
            status += QStringLiteral(" (%1)").arg(d.stopReason);
        m_target->setText(tr("Target: <b>%1</b>, port %2, %3")
                              .arg(mlwb::deploy::targetName(d.target))
                              .arg(d.port)
                              .arg(status.toHtmlEscaped()));
        const bool ok = d.status != mlwb::deploy::DeploymentStatus::Failed;
        setWithoutImage(d.target == mlwb::deploy::Target::Process);
        for (int i = 0; i < stageCount; ++i)
            setStageState(i, ok ? 2 : 0);
        QPalette p = m_error->palette();
        p.setColor(QPalette::WindowText, statusColor(StatusTone::Failed, palette()));
        m_error->setPalette(p);
        m_error->setVisible(!d.error.isEmpty());
        m_error->setText(d.error);
    }
    m_state = State::Ready;
    m_url->setText(d.url);
    if (d.timeToHealthy >= 0)
        m_endpointTitle->setText(tr("%1 answers at (healthy after %2 s):")
                                     .arg(d.label(), QLocale().toString(d.timeToHealthy, 'f', 1)));
    else
        m_endpointTitle->setText(tr("%1 answers at:").arg(d.label()));
    m_send->setEnabled(d.isActive());
    if (!same) {
        m_response->clear();
        m_latency->clear();
        if (!wasRunning) {
            m_log->clear(); // the build log belongs to the deployment made here
            m_log->setPlaceholderText(
                tr("The build log shows while a deployment is made in this window; the "
                   "server's own output is in the Logs tab."));
        }
    }
    updateCurl();
}

void DeployFlowView::setSignature(const QJsonObject &signature) {
    m_signature = signature;
    fillExample(false);
}

void DeployFlowView::fillExample(bool random) {
    m_request->setPlainText(QString::fromUtf8(exampleRequest(m_signature, random)));
}

void DeployFlowView::updateCurl() {
    m_curl->setText(
        m_url->text().isEmpty()
            ? QString()
            : curlExample(m_url->text(), m_request->toPlainText().toUtf8().simplified()));
}

QString DeployFlowView::endpoint() const {
    return m_url->text();
}

void DeployFlowView::sendRequest() {
    const QByteArray body = m_request->toPlainText().toUtf8();
    QJsonParseError parseError{};
    QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        m_response->setPlainText(tr("The request is not valid JSON: byte %1: %2")
                                     .arg(parseError.offset)
                                     .arg(parseError.errorString()));
        m_latency->clear();
        Q_EMIT responseShown();
        return;
    }
    if (m_reply)
        m_reply->abort();
    QNetworkRequest request(QUrl(m_url->text() + QLatin1String("/v1/predict")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(30'000);
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    m_response->setPlainText(tr("Sending…"));
    QNetworkReply *reply = m_network->post(request, body);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, timer] {
        reply->deleteLater();
        if (m_reply != reply)
            return;
        m_reply = nullptr;
        const double ms = double(timer->nsecsElapsed()) / 1e6;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray answer = reply->readAll();
        const QJsonDocument doc = QJsonDocument::fromJson(answer);
        QString text = doc.isNull() ? QString::fromUtf8(answer)
                                    : QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
        if (status == 0)
            text = tr("No answer: %1").arg(reply->errorString());
        m_response->setPlainText(text);
        m_latency->setText(
            status == 0 ? QString()
                        : tr("HTTP %1 in %2 ms").arg(status).arg(QLocale().toString(ms, 'f', 1)));
        Q_EMIT responseShown();
    });
}

} // namespace mlwb::widgets::deploy
