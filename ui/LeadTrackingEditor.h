#pragma once

#include "StoredLead.h"

#include <QObject>
#include <QStringList>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;
class QWidget;

// The analyst's star, pipeline status, tags and notes for one lead: the controls, and what they
// say. It has no store: its owner saves what the analyst changed.
class LeadTrackingEditor final : public QObject
{
    Q_OBJECT
public:
    // The controls are made in `page`; its layout places them (starButton, statusRow, notesBox).
    explicit LeadTrackingEditor(QWidget* page);

    // Pipeline statuses as stored: new, reviewing, bidding, submitted, won, lost, no bid.
    static QStringList statuses();

    // On a team server, the team whose pipeline the status and the assignee are: the assignee
    // shows, and the status says it is shared. Empty: a pipeline of one's own.
    void setTeam(const QString& team);

    // Shows `data` without telling of a change; notes equal to those shown keep their cursor.
    void setData(const LeadUserData& data);
    // What was shown, with the analyst's changes since.
    const LeadUserData& data() const { return m_data; }

    QToolButton* starButton() const { return m_star; }
    QComboBox* statusBox() const { return m_status; }
    QLineEdit* tagsEdit() const { return m_tags; }
    QLineEdit* assigneeEdit() const { return m_assignee; }
    QPlainTextEdit* notesEdit() const { return m_notes; }
    QHBoxLayout* statusRow() const { return m_statusRow; } // the status and the tags, labelled
    QWidget* notesBox() const { return m_notesBox; } // the notes, labelled

signals:
    // The analyst starred, unstarred or chose a status: what marks a lead in lists.
    void markChanged();
    // The analyst typed in the tags or the notes.
    void textEdited();

private:
    void buildStar(QWidget* page);
    void buildStatusRow(QWidget* page);
    void buildNotes(QWidget* page);
    void typed();

    LeadUserData m_data;
    bool m_settingData = false;
    QToolButton* m_star = nullptr;
    QComboBox* m_status = nullptr;
    QLineEdit* m_tags = nullptr;
    QLabel* m_assigneeLabel = nullptr;
    QLineEdit* m_assignee = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QHBoxLayout* m_statusRow = nullptr;
    QWidget* m_notesBox = nullptr;
};
