#pragma once

#include "core/error.h"
#include "deploy/deployer.h"

#include <QJsonObject>
#include <QList>
#include <QWidget>

class QElapsedTimer;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QNetworkReply;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace mlwb::widgets::deploy {

// One deployment as it happens and once it runs: the stages (build context →
// build → start → health) with a progress bar each and the build log, then
// the endpoint with a request form filled from the model's signature, its
// response and latency, and a curl command to copy.
class DeployFlowView : public QWidget {
    Q_OBJECT
public:
    enum class State { Empty, Running, Failed, Ready };

    explicit DeployFlowView(QWidget *parent = nullptr);
    ~DeployFlowView() override;

    void begin(const QString &ref, bool replacing);
    void setTarget(const mlwb::deploy::TargetChoice &choice);
    void addProgress(const mlwb::deploy::DeployProgress &progress);
    void fail(const Error &error);
    // Shows a deployment's endpoint (after a deploy, or one selected in the list).
    void showDeployment(const mlwb::deploy::Deployment &d);
    void setSignature(const QJsonObject &signature);
    void clear();

    // Sends the request in the form to the endpoint (asynchronously).
    void sendRequest();

    State state() const { return m_state; }
    QString endpoint() const;
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *sendButton() const { return m_send; }
    QPlainTextEdit *requestEdit() const { return m_request; }
    QPlainTextEdit *responseView() const { return m_response; }
    QPlainTextEdit *buildLog() const { return m_log; }
    QLabel *errorLabel() const { return m_error; }
    QLabel *latencyLabel() const { return m_latency; }
    QLineEdit *curlEdit() const { return m_curl; }

Q_SIGNALS:
    void cancelRequested();
    void responseShown();

private:
    // Shows the image stage as not applying (process target) or as a stage.
    void setWithoutImage(bool without);
    void setStageState(int stage, int state); // 0 waiting, 1 running, 2 done, 3 failed
    void fillExample(bool random);
    void updateCurl();
    QWidget *buildProgressPage();
    QWidget *buildEndpointPage();

    State m_state = State::Empty;
    QStackedWidget *m_pages;
    QLabel *m_empty;
    QLabel *m_heading;
    QLabel *m_target;
    QList<QLabel *> m_stageLabels;
    QList<QProgressBar *> m_stageBars;
    QPlainTextEdit *m_log;
    QLabel *m_error;
    QPushButton *m_cancel;
    QLineEdit *m_url;
    QLabel *m_endpointTitle;
    QPlainTextEdit *m_request;
    QPushButton *m_send;
    QPlainTextEdit *m_response;
    QLabel *m_latency;
    QLineEdit *m_curl;
    QNetworkAccessManager *m_network;
    QNetworkReply *m_reply = nullptr;
    QJsonObject m_signature;
    int m_currentStage = -1;
    bool m_withoutImage = false; // a process target: the image stage does not apply
};

} // namespace mlwb::widgets::deploy
