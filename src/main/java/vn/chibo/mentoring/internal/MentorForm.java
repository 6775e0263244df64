package vn.chibo.mentoring.internal;

import java.time.LocalDate;

/** Registering or updating a mentor: his kind and the training he received for the role (his awards are in the register). */
public class MentorForm implements java.io.Serializable {

    private Long personId;
    private Mentor.Kind kind;
    private String training;
    private LocalDate trainedOn;
    private boolean active = true;
    private Long version;

    public static MentorForm of(Mentor m) {
        MentorForm form = new MentorForm();
        form.personId = m.getPersonId();
        form.kind = m.getKind();
        form.training = m.getTraining();
        form.trainedOn = m.getTrainedOn();
        form.active = m.isActive();
        form.version = m.getVersion();
        return form;
    }

    public Long getPersonId() { return personId; }
    public void setPersonId(Long personId) { this.personId = personId; }
    public Mentor.Kind getKind() { return kind; }
    public void setKind(Mentor.Kind kind) { this.kind = kind; }
    public String getTraining() { return training; }
    public void setTraining(String training) { this.training = training; }
    public LocalDate getTrainedOn() { return trainedOn; }
    public void setTrainedOn(LocalDate trainedOn) { this.trainedOn = trainedOn; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
