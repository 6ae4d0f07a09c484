package io.tracetrack.migrations.core.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Only default constraint and index names are masked; columns and given names stay compared. */
class DeliberateDifferencesTest {

  @Test
  void masksDefaultNamesOfConstraintsAndIndexesOnly() {
    assertEquals(List.of(
        "column public.account.api_key type=text",
        "constraint public.account <default name> FOREIGN KEY (owner_id) REFERENCES person(id) comment=-",
        "constraint public.account <default name> FOREIGN KEY (owner_id) REFERENCES person(id) comment=-",
        "constraint public.account account_owner_fk FOREIGN KEY (owner_id) REFERENCES person(id) comment=-",
        "index public.<default name> CREATE UNIQUE INDEX <default name> ON public.account USING btree (api_key) comment=-",
        "index public.account_api_idx CREATE INDEX account_api_idx ON public.account USING btree (api_key) comment=-"),
        DeliberateDifferences.normalize(List.of(
            "column public.account.api_key type=text",
            "constraint public.account fkl5e4ur0b4qjyxe7l1m0nbhy3m FOREIGN KEY (owner_id) REFERENCES person(id) comment=-",
            "constraint public.account fk_account_owner_id_person FOREIGN KEY (owner_id) REFERENCES person(id) comment=-",
            "constraint public.account account_owner_fk FOREIGN KEY (owner_id) REFERENCES person(id) comment=-",
            "index public.account_api_key_key CREATE UNIQUE INDEX account_api_key_key ON public.account USING btree"
                + " (api_key) comment=-",
            "index public.account_api_idx CREATE INDEX account_api_idx ON public.account USING btree (api_key) comment=-")));
  }
}
