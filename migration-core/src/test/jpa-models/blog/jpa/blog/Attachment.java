package jpa.blog;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;
import java.util.Date;
import java.util.UUID;

@Entity
public class Attachment {
  @Id
  @GeneratedValue(strategy = GenerationType.UUID)
  private UUID id;

  @ManyToOne(optional = false)
  private Post post;

  private String fileName;

  @Lob
  private byte[] content;

  @Lob
  private String extractedText;

  private long sizeBytes;

  @Temporal(TemporalType.TIMESTAMP)
  private Date uploadedAt;

  @Temporal(TemporalType.TIME)
  private Date uploadTimeOfDay;
}
