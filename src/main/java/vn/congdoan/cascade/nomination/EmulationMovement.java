package vn.congdoan.cascade.nomination;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An emulation movement (phong trào thi đua) that a nomination belongs to; reference data. */
@Entity
@Table(name = "emulation_movement")
public class EmulationMovement {

  @Id
  @Column(length = 64)
  private String code;

  @Column(nullable = false, length = 500)
  private String name;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private boolean active = true;

  protected EmulationMovement() {}

  public EmulationMovement(String code) {
    this.code = code;
  }

  public String getCode() { return code; }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public int getPosition() { return position; }
  public void setPosition(int position) { this.position = position; }
  public boolean isActive() { return active; }
  public void setActive(boolean active) { this.active = active; }
}
