package jpa.everything;

import jakarta.persistence.*;

@Embeddable
public class GeoPoint {
  private Double lat;
  private Double lng;
}
