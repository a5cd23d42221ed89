package org.workbench.web.upload;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.workbench.web.account.AccountOwnershipCheck;

/** A user who uploaded files keeps the account (disabled, not deleted), so that the history still names them. */
@Component
@RequiredArgsConstructor
class UploadOwnershipCheck implements AccountOwnershipCheck {
    private final FileUploadRepository uploads;

    @Override
    public boolean ownsSomething(long userId, String username) {
        return uploads.existsByUploadedByIgnoreCase(username);
    }
}
