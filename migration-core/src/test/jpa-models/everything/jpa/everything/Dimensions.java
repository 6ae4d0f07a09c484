package jpa.everything;

import jakarta.persistence.*;

@Embeddable
public class Dimensions {
  private Integer lengthCm;
  private Integer widthCm;
}
