package vn.congdoan.cascade.grassroots;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.congdoan.cascade.form.FormInput;

/** What a grassroots union reports it carried out: the figures the sector sums up, and a narrative. */
@Entity
@Table(name = "activity_report")
public class ActivityReport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  private UnitAssignment assignment;

  @Column(nullable = false)
  private int propagandaSessions;

  @Column(nullable = false)
  private int participants;

  @Column(nullable = false)
  private int articles;

  @Column(nullable = false)
  private int initiatives;

  @Column(nullable = false, length = FormInput.LONG_TEXT_COLUMN)
  private String summary;

  @Column(length = 64)
  private String reportedBy;

  @Column(nullable = false)
  private Instant reportedAt;

  protected ActivityReport() {}

  public ActivityReport(UnitAssignment assignment, ActivityFigures figures, String summary, String reportedBy,
      Instant reportedAt) {
    this.assignment = assignment;
    this.propagandaSessions = figures.propagandaSessions();
    this.participants = figures.participants();
    this.articles = figures.articles();
    this.initiatives = figures.initiatives();
    this.summary = summary;
    this.reportedBy = reportedBy;
    this.reportedAt = reportedAt;
  }

  public Long getId() { return id; }
  public UnitAssignment getAssignment() { return assignment; }
  public ActivityFigures figures() { return new ActivityFigures(propagandaSessions, participants, articles, initiatives); }
  public String getSummary() { return summary; }
  public String getReportedBy() { return reportedBy; }
  public Instant getReportedAt() { return reportedAt; }

  /** The counted results of the activities. */
  public record ActivityFigures(int propagandaSessions, int participants, int articles, int initiatives) {

    public static final ActivityFigures NONE = new ActivityFigures(0, 0, 0, 0);

    public ActivityFigures plus(ActivityFigures other) {
      return new ActivityFigures(propagandaSessions + other.propagandaSessions, participants + other.participants,
          articles + other.articles, initiatives + other.initiatives);
    }
  }
}
