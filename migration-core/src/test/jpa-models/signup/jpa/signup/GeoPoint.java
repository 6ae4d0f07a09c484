package jpa.signup;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

@Embeddable
public class GeoPoint {
  @NotNull
  @Min(-90)
  @Max(90)
  private Double latitude;

  @NotNull
  @Min(-180)
  @Max(180)
  private Double longitude;
}
