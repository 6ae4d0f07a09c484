package com.example.migrations;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Operations;
import io.tracetrack.migrations.Revision;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Create admin user
 *
 * Revision ID: ae1027a6acf1
 * Revises: 1a2b3c4d5e6f
 * Create Date: 2025-10-26 09:00:00
 */
@Revision(id = "ae1027a6acf1", revises = "1a2b3c4d5e6f", message = "Create admin user",
        createDate = "2025-10-26 09:00:00")
public final class M20251026090000_CreateAdminUser implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.run("Create the admin user", connection -> {
            String password = System.getenv("ADMIN_PASSWORD");
            if (password == null || password.isEmpty()) {
                byte[] random = new byte[18];
                new SecureRandom().nextBytes(random);
                password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
                System.out.println("Admin user created with the generated password: " + password);
            }
            String hash = HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8)));
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO \"user\" (id, username, email, password_hash) VALUES (1, 'admin', 'admin@example.com', ?)")) {
                insert.setString(1, hash);
                insert.executeUpdate();
            }
        });
    }

    @Override
    public void downgrade(Operations op) {
        op.execute("DELETE FROM \"user\" WHERE username = 'admin'");
    }
}
